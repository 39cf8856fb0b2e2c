using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Beacon.Web.Pages.Account;

/// <summary>
/// Every account sets up an authenticator app before it can open anything else. The first code
/// proves the app works; then ten recovery codes are shown, once, and the user is signed in again
/// with the second factor (a new session).
/// </summary>
public class SetUpTwoFactorModel(
    UserManager<BeaconUser> users,
    SignInManager<BeaconUser> signIn,
    AuditTrail audit,
    AppDbContext db,
    IOptions<Infrastructure.BeaconOptions> options) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Enter the code as 6 digits, like 123456")]
    [Display(Name = "Code from your authenticator app", Description = "After you add Beacon to the app, it shows a 6-digit code.")]
    public string? Code { get; set; }

    public string Secret { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/sign-in");
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/home");
        }

        await ShowSecretAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Redirect("/sign-in");
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/home");
        }

        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, TotpTokenProvider.Name, Code!.Replace(" ", string.Empty, StringComparison.Ordinal)))
        {
            ModelState.AddModelError(nameof(Code), "The code is not right. Check the app shows Beacon and enter the code it shows now");
        }

        if (!ModelState.IsValid)
        {
            Code = null;
            await ShowSecretAsync(user);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!];
        audit.Record(UserAdministration.EntityType, user.Id, "Two-factor authentication set up");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        // A new session that carries the second factor; the password-only one is ended.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TwoFactorRequirement.AmrClaim, TwoFactorRequirement.MfaValue)]);
        return Page();
    }

    private async Task ShowSecretAsync(BeaconUser user)
    {
        var secret = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(secret))
        {
            // A new key changes the security stamp, which ends the session; sign in again to keep it.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            secret = await users.GetAuthenticatorKeyAsync(user);
        }

        Secret = secret!;
        var issuer = string.IsNullOrWhiteSpace(options.Value.OrganisationName) ? "Beacon" : $"Beacon ({options.Value.OrganisationName})";
        var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={Secret}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>The secret in groups of four, easier to type into an app.</summary>
    public string SecretForTyping => string.Join(' ', Secret.Chunk(4).Select(c => new string(c)));
}
