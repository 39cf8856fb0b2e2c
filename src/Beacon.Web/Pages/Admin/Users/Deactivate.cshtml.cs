using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;

namespace Beacon.Web.Pages.Admin.Users;

public class DeactivateModel(AppDbContext db, TimeProvider time, UserAdministration administration, CurrentUser currentUser) : UserActionModel(db, time)
{
    public override string Title => $"Deactivate {Account.Name}'s account";

    public override string Explanation => "They will be signed out at once and will not be able to sign in until an administrator reactivates the account. Their records stay as they are.";

    public override string ButtonText => "Deactivate account";

    public override string? NotApplicable => Account.IsDeactivated ? "This account is already deactivated." : null;

    public override string ReasonLabel => "Why are you deactivating this account?";

    protected override string ReasonMissing => "Enter why you are deactivating this account";

    protected override string Done => "Account deactivated";

    protected override string? Refusal(Guid userId) =>
        userId == currentUser.UserId ? "You cannot deactivate your own account. Ask another administrator" : null;

    protected override Task<AdminResult> ApplyAsync(Guid userId, string reason) =>
        administration.DeactivateAsync(userId, reason, HttpContext.RequestAborted);
}
