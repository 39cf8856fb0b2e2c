using System.Security.Claims;
using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// Ties the sign-in cookie to a server-side session: a new session at every sign-in, and on every
/// request a check that it is still good, which also loads the user's access from the database.
/// </summary>
public sealed class SessionCookieEvents(ILogger<SessionCookieEvents> logger) : CookieAuthenticationEvents
{
    public const string SessionClaim = "beacon:sid";

    private const string EndedKey = "beacon:session-ended";

    public override async Task SigningIn(CookieSigningInContext context)
    {
        var services = context.HttpContext.RequestServices;
        var store = services.GetRequiredService<SessionStore>();
        var identity = (ClaimsIdentity)context.Principal!.Identity!;
        var userId = Guid.Parse(identity.FindFirst(ClaimTypes.NameIdentifier)!.Value);

        // A sign-in always starts a new session; one this browser already had is ended.
        if (context.HttpContext.User.FindFirst(SessionClaim) is { } previous && Guid.TryParse(previous.Value, out var previousId))
        {
            await store.EndAsync(previousId, SessionEndReason.SignedOut);
        }

        foreach (var old in identity.FindAll(SessionClaim).ToList())
        {
            identity.RemoveClaim(old);
        }

        var sessionId = await store.StartAsync(userId);
        identity.AddClaim(new Claim(SessionClaim, sessionId.ToString()));
        var db = services.GetRequiredService<AppDbContext>();
        var organisationId = await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleAsync();
        var twoFactor = identity.HasClaim(TwoFactorRequirement.AmrClaim, TwoFactorRequirement.MfaValue);
        services.GetRequiredService<Beacon.Core.Audit.AuditTrail>().RecordForUser(userId, organisationId, twoFactor ? "Signed in" : "Signed in with password only (two-factor not yet set up)");
        await db.SaveChangesAsync();
        SecurityLog.SessionStarted(logger, userId);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        if (!Guid.TryParse(principal?.FindFirstValue(SessionClaim), out var sessionId)
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            context.RejectPrincipal();
            return;
        }

        var stampClaim = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var (session, ended) = await services.GetRequiredService<SessionStore>().ValidateAsync(sessionId, userId, principal.FindFirstValue(stampClaim));
        if (session is null)
        {
            SecurityLog.SessionEnded(logger, userId, ended);
            context.HttpContext.Items[EndedKey] = ended;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        services.GetRequiredService<CurrentUser>().Set(session);
        services.GetRequiredService<AppDbContext>().Scope = session.Scope;
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        var target = context.RedirectUri;
        if (context.HttpContext.Items[EndedKey] is SessionEndReason reason)
        {
            var why = reason switch
            {
                SessionEndReason.IdleTimeout => "idle",
                SessionEndReason.AbsoluteTimeout => "expired",
                _ => "ended",
            };
            target = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(target, "signedOut", why);
        }

        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    // Authenticated but not allowed: the 403 page (re-executed), not a redirect.
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
