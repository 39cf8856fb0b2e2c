using Beacon.Core.Accounts;
using Beacon.Core.Data;

namespace Beacon.Web.Pages.Admin.Users;

public class ResetTwoFactorModel(AppDbContext db, TimeProvider time, UserAdministration administration) : UserActionModel(db, time)
{
    public override string Title => $"Reset {Account.Name}'s two-factor authentication";

    public override string Explanation => "For a lost or replaced phone. They will be signed out, and when they next sign in they must set up an authenticator app again. We will email them to say so.";

    public override string? Warning => "Only do this once you are sure it is really them asking, for example by calling them on a number you already hold.";

    public override string ButtonText => "Reset two-factor authentication";

    public override string? NotApplicable => Account.TwoFactorEnabled ? null : "Two-factor authentication is not set up on this account, so there is nothing to reset.";

    public override string ReasonLabel => "Why are you resetting two-factor authentication?";

    protected override string ReasonMissing => "Enter why you are resetting two-factor authentication";

    protected override string Done => "Two-factor authentication reset";

    protected override Task<AdminResult> ApplyAsync(Guid userId, string reason) =>
        administration.ResetTwoFactorAsync(userId, reason, HttpContext.RequestAborted);
}
