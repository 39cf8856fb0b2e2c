using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Account.ResetPassword;

/// <summary>
/// A new password from the emailed link, and the second factor as well (security standard item
/// 10): a stolen mailbox alone cannot take over an account.
/// </summary>
public class NewModel(
    AccountTokens tokens,
    OneTimeLinkCookie linkCookie,
    UserManager<BeaconUser> users,
    SessionStore sessions,
    AuditTrail audit,
    AppDbContext db,
    TimeProvider time) : OneTimeLinkPageModel(linkCookie, AccountTokenPurpose.PasswordReset, "/account/reset-password/new")
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a new password")]
    [Display(Name = "New password", Description = "Use 12 characters or more.")]
    public string? Password { get; set; }

    [BindProperty]
    [Display(Name = "Code from your authenticator app, or a recovery code")]
    public string? Code { get; set; }

    public bool LinkIsGood { get; private set; }

    public bool NeedsCode { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var (token, user) = await LoadAsync();
        if (token is null || user is null)
        {
            return Page();
        }

        var code = Code?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (NeedsCode && string.IsNullOrEmpty(code))
        {
            ModelState.AddModelError(nameof(Code), "Enter the code from your authenticator app, or a recovery code");
        }

        if (!ModelState.IsValid)
        {
            Password = null;
            return Page();
        }

        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, Password!);
            foreach (var error in check.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            Password = null;
            return Page();
        }

        if (NeedsCode
            && !await users.VerifyTwoFactorTokenAsync(user, TotpTokenProvider.Name, code!)
            && !(await users.RedeemTwoFactorRecoveryCodeAsync(user, code!)).Succeeded)
        {
            await users.AccessFailedAsync(user);
            ModelState.AddModelError(nameof(Code), "The code is not right, or has been used already");
            Password = null;
            Code = null;
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.RemovePasswordAsync(user);
        var added = await users.AddPasswordAsync(user, Password!);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), added.Errors.First().Description);
            Password = null;
            return Page();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        token.UsedAt = time.GetUtcNow();
        await sessions.EndAllAsync(user.Id, SessionEndReason.CredentialsChanged);
        audit.Record(UserAdministration.EntityType, user.Id, "Password reset");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        ForgetLink();
        return Redirect("/sign-in?signedOut=password-reset");
    }

    protected override async Task<(AccountToken? Token, BeaconUser? User)> LoadAsync()
    {
        var token = await tokens.FindAsync(LinkToken, AccountTokenPurpose.PasswordReset);
        var user = token is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId && u.DeactivatedAt == null);
        LinkIsGood = user is not null;
        NeedsCode = user?.TwoFactorEnabled == true;
        return (token, user);
    }
}
