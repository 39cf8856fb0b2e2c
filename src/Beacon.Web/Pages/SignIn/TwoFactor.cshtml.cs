using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.SignIn;

/// <summary>The code from the authenticator app, after a correct password. A code works once.</summary>
public class TwoFactorModel(SignInManager<BeaconUser> signIn, ILogger<TwoFactorModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Enter the code as 6 digits, like 123456")]
    [Display(Name = "Code from your authenticator app", Description = "Open the authenticator app on your phone to get the code. It changes every 30 seconds.")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/SignIn/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/SignIn/Index");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code!.Replace(" ", string.Empty, StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            SecurityLog.SignedIn(logger, user.Id, "password and authenticator code");
            return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        SecurityLog.SignInRefused(logger, result.IsLockedOut ? "locked out at code" : "wrong or used code");
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(nameof(Code), IndexModel.Refused);
            return Page();
        }

        ModelState.AddModelError(nameof(Code), "The code is not right, or has been used already. Enter the code your app shows now");
        Code = null;
        return Page();
    }
}
