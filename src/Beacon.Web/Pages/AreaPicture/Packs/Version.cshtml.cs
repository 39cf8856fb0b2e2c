using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.AreaPicture.Packs;

/// <summary>A version of a pack as it was issued, drawn from its frozen content alone. Each look is an access-log row.</summary>
public class VersionModel(AppDbContext db, AuditTrail audit, CurrentUser user) : PageModel
{
    public Guid PackId { get; private set; }

    public PackContent Frozen { get; private set; } = null!;

    public string PdfSha256 { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid packId, int number)
    {
        if (await PackPages.ReadSnapshotAsync(db, packId, number, user.Scope.OrganisationId, HttpContext.RequestAborted) is not { } snapshot)
        {
            return NotFound();
        }

        PackId = packId;
        Frozen = PackContent.FromJson(snapshot.ContentJson);
        PdfSha256 = snapshot.PdfSha256;
        audit.Access(BoardPackService.ResourceType, snapshot.Id, "Viewed", AccessOutcome.Allowed);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }
}
