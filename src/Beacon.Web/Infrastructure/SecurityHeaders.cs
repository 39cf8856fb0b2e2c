using System.Security.Cryptography;

namespace Beacon.Web.Infrastructure;

/// <summary>
/// Adds the security headers to every response, static files and error pages included, and makes
/// the per-request nonce that the page template's one inline script carries.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "Beacon.CspNonce";

    public static string GetCspNonce(this HttpContext context) =>
        context.Items[NonceKey] as string ?? throw new InvalidOperationException("The security headers middleware has not run.");

    public static IApplicationBuilder UseBeaconSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self' data:; " +
                    "font-src 'self'; connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                if (!context.Request.Path.StartsWithSegments("/css") && !context.Request.Path.StartsWithSegments("/js")
                    && !context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/assets")
                    && !context.Request.Path.StartsWithSegments("/images"))
                {
                    // Pages may hold personal data: never kept by the browser or a proxy.
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
}
