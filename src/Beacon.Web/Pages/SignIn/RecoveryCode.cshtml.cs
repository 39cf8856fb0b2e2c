using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.SignIn;

/// <summary>One of the recovery codes given at set-up, instead of the app. Each works once.</summary>
public class RecoveryCodeModel(SignInManager<BeaconUser> signIn, ILogger<RecoveryCodeModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes")]
    [Display(Name = "Recovery code", Description = "One of the codes you saved when you set up your authenticator app, like 1A2B3-C4D5E.")]
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

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Code!.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            SecurityLog.SignedIn(logger, user.Id, "password and recovery code");
            return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        SecurityLog.SignInRefused(logger, "wrong or used recovery code");
        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? IndexModel.Refused : "The recovery code is not right, or has been used already");
        Code = null;
        return Page();
    }
}
