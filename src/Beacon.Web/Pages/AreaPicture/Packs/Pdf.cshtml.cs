using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.AreaPicture.Packs;

/// <summary>The PDF of a version, the bytes made when it was created. Each download is an access-log row.</summary>
public class PdfModel(AppDbContext db, AuditTrail audit, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid packId, int number)
    {
        if (await PackPages.ReadSnapshotAsync(db, packId, number, user.Scope.OrganisationId, HttpContext.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        audit.Access(BoardPackService.ResourceType, snapshot.Id, "Downloaded PDF", AccessOutcome.Allowed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return File(snapshot.Pdf, "application/pdf", PackPages.PdfFileName(snapshot));
    }
}
