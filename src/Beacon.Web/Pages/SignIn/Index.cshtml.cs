using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Pages.SignIn;

/// <summary>
/// Email and password. Unknown, deactivated, locked and wrong all get the same message after the
/// same work (a password hash check), so the page does not say whether an account exists.
/// </summary>
public class IndexModel(
    SignInManager<BeaconUser> signIn,
    UserManager<BeaconUser> users,
    PasswordTiming timing,
    AuditTrail audit,
    AppDbContext db,
    IOptions<OidcSettings> oidc,
    ILogger<IndexModel> logger) : PageModel
{
    public const string Refused = "Enter a correct email address and password. After 5 wrong attempts an account is locked for 15 minutes";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SignedOut { get; set; }

    /// <summary>"Sign in with …" for the council's identity provider; null when there is none.</summary>
    public string? ExternalSignInName => oidc.Value.IsEnabled ? oidc.Value.DisplayName : null;

    public string ExternalSignInLink => string.IsNullOrEmpty(ReturnUrl) || !Url.IsLocalUrl(ReturnUrl)
        ? "/sign-in/external"
        : Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/sign-in/external", "returnUrl", ReturnUrl);

    public IActionResult OnGet()
    {
        if (User.HasClaim(TwoFactorRequirement.AmrClaim, TwoFactorRequirement.MfaValue))
        {
            return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!.Trim());
        if (user is null || !user.IsActive || user.PasswordHash is null || await users.IsLockedOutAsync(user))
        {
            // The same hashing work as a real check, whatever the reason.
            timing.VerifyAgainstDummy(Password!);
            SecurityLog.SignInRefused(logger, user is null ? "unknown or not set up" : "not allowed");
            return Refuse();
        }

        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/SignIn/TwoFactor", new { returnUrl = ReturnUrl });
        }

        if (result.Succeeded)
        {
            // Password only: the fallback policy lets them no further than setting up two-factor.
            SecurityLog.SignedIn(logger, user.Id, "password, two-factor not set up");
            return Redirect("/account/set-up-two-factor");
        }

        SecurityLog.SignInRefused(logger, result.IsLockedOut ? "locked out" : "wrong password");
        audit.RecordForUser(user.Id, user.OrganisationId, result.IsLockedOut ? "Account locked after 5 failed sign-ins" : "Sign-in failed: wrong password");
        await db.SaveChangesAsync();
        return Refuse();
    }

    private PageResult Refuse()
    {
        ModelState.AddModelError(nameof(Email), Refused);
        Password = null;
        ModelState.Remove(nameof(Password));
        return Page();
    }
}
