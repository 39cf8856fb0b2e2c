using System.Security.Claims;
using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.SignIn;

/// <summary>Ends the session on the server (the cookie is worthless after this) and clears the cookies.</summary>
public class SignOutModel(SessionStore sessions, SignInManager<BeaconUser> signIn, CurrentUser currentUser, Beacon.Core.Audit.AuditTrail audit, Beacon.Core.Data.AppDbContext db) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (Guid.TryParse(User.FindFirstValue(SessionCookieEvents.SessionClaim), out var sessionId))
        {
            await sessions.EndAsync(sessionId, SessionEndReason.SignedOut);
        }

        if (currentUser.Session is { } session)
        {
            audit.RecordForUser(session.UserId, session.Scope.OrganisationId, "Signed out");
            await db.SaveChangesAsync();
        }

        await signIn.SignOutAsync();
        return Redirect("/sign-in?signedOut=yes");
    }
}
