using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Account.Invitation;

/// <summary>The invitation link: the new user chooses a password, then sets up two-factor.</summary>
public class IndexModel(
    AccountTokens tokens,
    OneTimeLinkCookie linkCookie,
    UserManager<BeaconUser> users,
    SignInManager<BeaconUser> signIn,
    AuditTrail audit,
    AppDbContext db,
    TimeProvider time) : OneTimeLinkPageModel(linkCookie, AccountTokenPurpose.Invitation, "/account/invitation")
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a password")]
    [Display(Name = "Create a password", Description = "Use 12 characters or more. A few unrelated words together make a strong password that is easy to remember.")]
    public string? Password { get; set; }

    public bool LinkIsGood { get; private set; }

    public string? DisplayName { get; private set; }

    public string? Email { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var (token, user) = await LoadAsync();
        if (token is null || user is null)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await users.AddPasswordAsync(user, Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            Password = null;
            return Page();
        }

        token.UsedAt = time.GetUtcNow();
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        audit.Record(UserAdministration.EntityType, user.Id, "Invitation accepted");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        ForgetLink();

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "pwd");
        return Redirect("/account/set-up-two-factor");
    }

    protected override async Task<(AccountToken? Token, BeaconUser? User)> LoadAsync()
    {
        var token = await tokens.FindAsync(LinkToken, AccountTokenPurpose.Invitation);
        var user = token is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId && u.DeactivatedAt == null && u.PasswordHash == null);
        LinkIsGood = user is not null;
        DisplayName = user?.DisplayName;
        Email = user?.Email;
        return (token, user);
    }
}
