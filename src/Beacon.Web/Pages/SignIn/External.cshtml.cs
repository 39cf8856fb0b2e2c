using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Pages.SignIn;

/// <summary>
/// Sends the browser to the council's identity provider. A GET (a link, not a form): the page's
/// CSP allows forms to post only to Beacon, and a form that redirects elsewhere counts as one.
/// </summary>
public class ExternalModel(IOptions<OidcSettings> settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (!settings.Value.IsEnabled)
        {
            return NotFound();
        }

        var callback = string.IsNullOrEmpty(ReturnUrl) || !Url.IsLocalUrl(ReturnUrl)
            ? OidcSignIn.CallbackPage
            : QueryHelpers.AddQueryString(OidcSignIn.CallbackPage, "returnUrl", ReturnUrl);
        return Challenge(new AuthenticationProperties { RedirectUri = callback }, OidcSignIn.Scheme);
    }
}
