using Beacon.Core.Accounts;
using Beacon.Core.AreaPicture;
using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.AreaPicture.Packs;

/// <summary>The organisation's quarterly packs and board reports, newest first.</summary>
public class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public sealed record PackRow(Guid Id, string Title, PackKind Kind, Quarter From, Quarter To, Audience Audience, int? LatestVersion, DateTimeOffset? LatestAt);

    public IReadOnlyList<PackRow> Packs { get; private set; } = [];

    public bool CanManage => user.Has(Capability.AreaPictureManage);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var organisationId = user.Scope.OrganisationId;
        var rows = await db.BoardPacks.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderByDescending(p => p.ToYear).ThenByDescending(p => p.ToQuarter).ThenByDescending(p => p.CreatedAt)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.Kind,
                p.FromYear,
                p.FromQuarter,
                p.ToYear,
                p.ToQuarter,
                p.Audience,
                Latest = db.BoardPackSnapshots.Where(s => s.PackId == p.Id).OrderByDescending(s => s.Number).Select(s => new { s.Number, s.CreatedAt }).FirstOrDefault(),
            })
            .Take(200)
            .ToListAsync(HttpContext.RequestAborted);
        Packs = [.. rows.Select(r => new PackRow(r.Id, r.Title, r.Kind, new Quarter(r.FromYear, r.FromQuarter), new Quarter(r.ToYear, r.ToQuarter), r.Audience, r.Latest?.Number, r.Latest?.CreatedAt))];
        return Page();
    }
}
