using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure;

namespace Beacon.Web.Pages.Admin.Users;

public class ResendInvitationModel(AppDbContext db, TimeProvider time, UserAdministration administration, Microsoft.Extensions.Options.IOptions<Infrastructure.BeaconOptions> options) : UserActionModel(db, time)
{
    public override string Title => $"Send {Account.Name} a new invitation";

    public override string Explanation => "We will email a new invitation link to their email address. The link in any earlier invitation will stop working.";

    public override string ButtonText => "Send invitation";

    public override bool Destructive => false;

    public override string? NotApplicable => Account.IsInvited ? null : "This account has already been set up or is deactivated, so there is no invitation to send.";

    public override string ReasonLabel => "Why are you sending a new invitation?";

    protected override string ReasonMissing => "Enter why you are sending a new invitation";

    protected override string Done => "Invitation sent again";

    protected override Task<AdminResult> ApplyAsync(Guid userId, string reason) =>
        administration.ResendInvitationAsync(userId, token => Request.To(options.Value, $"/account/invitation/{token}"), reason, HttpContext.RequestAborted);
}
