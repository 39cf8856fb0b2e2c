using Beacon.Core.Accounts;
using Beacon.Core.Data;

namespace Beacon.Web.Pages.Admin.Users;

public class ReactivateModel(AppDbContext db, TimeProvider time, UserAdministration administration) : UserActionModel(db, time)
{
    public override string Title => $"Reactivate {Account.Name}'s account";

    public override string Explanation => "They will be able to sign in again with their password and authenticator app, with the team and roles they had before.";

    public override string ButtonText => "Reactivate account";

    public override bool Destructive => false;

    public override string? NotApplicable => Account.IsDeactivated ? null : "This account is not deactivated.";

    public override string ReasonLabel => "Why are you reactivating this account?";

    protected override string ReasonMissing => "Enter why you are reactivating this account";

    protected override string Done => "Account reactivated";

    protected override Task<AdminResult> ApplyAsync(Guid userId, string reason) =>
        administration.ReactivateAsync(userId, reason, HttpContext.RequestAborted);
}
