using System.Security.Claims;
using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Pages.SignIn;

/// <summary>
/// Back from the council's identity provider: finds the Beacon account and starts a session. The
/// provider's multi-factor sign-in counts as Beacon's second factor when the settings trust it;
/// otherwise the person enters their authenticator code, or sets one up, as after a password.
/// Any refusal is this page, saying what to do.
/// </summary>
public class ExternalCallbackModel(
    IOptions<OidcSettings> settings,
    ExternalAccounts accounts,
    SignInManager<BeaconUser> signIn,
    ILogger<ExternalCallbackModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public ExternalSignInRefusal? Refusal { get; private set; }

    public string DisplayName => settings.Value.DisplayName;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var oidc = settings.Value;
        if (!oidc.IsEnabled)
        {
            return NotFound();
        }

        // The provider's answer is used once: the external cookie goes whatever happens next.
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded)
        {
            return Refuse(ExternalSignInRefusal.Unusable, null);
        }

        var principal = external.Principal;
        var result = await accounts.ResolveAsync(
            OidcSignIn.ReadIdentity(principal, oidc),
            new ExternalAccountPolicy(oidc.AutoProvision, oidc.OrganisationId),
            HttpContext.GetCorrelationId(),
            cancellationToken);
        if (result.Refusal is { } refusal)
        {
            return Refuse(refusal, result.User?.Id);
        }

        var user = result.User!;
        if (result.Provisioned)
        {
            SecurityLog.UserProvisioned(logger, user.Id);
        }

        if (result.RolesChanged)
        {
            SecurityLog.ExternalRolesChanged(logger, user.Id);
        }

        if (oidc.MfaFromIdentityProvider && OidcSignIn.AssertsMultiFactor(principal))
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TwoFactorRequirement.AmrClaim, TwoFactorRequirement.MfaValue)]);
            SecurityLog.SignedIn(logger, user.Id, "identity provider with its multi-factor authentication");
            return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        if (user.TwoFactorEnabled)
        {
            // As Identity does after a correct password: the code page finishes the sign-in.
            var pending = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme);
            await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return RedirectToPage("/SignIn/TwoFactor", new { returnUrl = ReturnUrl });
        }

        // One factor only: the fallback policy lets them no further than setting up two-factor.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TwoFactorRequirement.AmrClaim, "pwd")]);
        SecurityLog.SignedIn(logger, user.Id, "identity provider, two-factor not set up");
        return Redirect("/account/set-up-two-factor");
    }

    private PageResult Refuse(ExternalSignInRefusal refusal, Guid? userId)
    {
        SecurityLog.ExternalSignInRefused(logger, refusal, userId);
        Refusal = refusal;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
