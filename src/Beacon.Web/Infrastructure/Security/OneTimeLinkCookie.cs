using Beacon.Core.Accounts;
using Microsoft.AspNetCore.DataProtection;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// A one-time link's token is moved out of the address bar at once: the link's page puts it in a
/// short-lived encrypted cookie and redirects to the same page without it, so it is not left in
/// history, in a Referer header or in a proxy's log any longer than one request.
/// </summary>
public sealed class OneTimeLinkCookie(IDataProtectionProvider protection, IWebHostEnvironment environment)
{
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Beacon.OneTimeLink").ToTimeLimitedDataProtector();

    public void Store(HttpResponse response, AccountTokenPurpose purpose, string token)
    {
        response.Cookies.Append(Name(purpose), protector.Protect(token, TimeSpan.FromMinutes(30)), new CookieOptions
        {
            HttpOnly = true,
            Secure = !environment.IsDevelopment(),
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
    }

    public string? Read(HttpRequest request, AccountTokenPurpose purpose)
    {
        if (!request.Cookies.TryGetValue(Name(purpose), out var value))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public void Clear(HttpResponse response, AccountTokenPurpose purpose) =>
        response.Cookies.Delete(Name(purpose), new CookieOptions { Secure = !environment.IsDevelopment(), Path = "/" });

    private string Name(AccountTokenPurpose purpose) =>
        (environment.IsDevelopment() ? "beacon-" : "__Host-beacon-") + (purpose == AccountTokenPurpose.Invitation ? "invitation" : "reset");
}

/// <summary>
/// A page reached from a one-time link: the first GET moves the token into the cookie and comes
/// back without it; after that the page reads the token from the cookie.
/// </summary>
public abstract class OneTimeLinkPageModel(OneTimeLinkCookie linkCookie, AccountTokenPurpose purpose, string path) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            linkCookie.Store(Response, purpose, token);
            return Redirect(path);
        }

        await LoadAsync();
        return Page();
    }

    protected string? LinkToken => linkCookie.Read(Request, purpose);

    protected void ForgetLink() => linkCookie.Clear(Response, purpose);

    protected abstract Task<(AccountToken? Token, BeaconUser? User)> LoadAsync();
}
