using Beacon.Core.AreaPicture;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases;

/// <summary>The cases this user may see: the query filter scopes the list and its count alike.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>From the area's picture: cases with a referral made in this quarter (and area), of those this user may see.</summary>
    public Quarter? Referred { get; private set; }

    public async Task OnGetAsync(string? referred, Guid? area)
    {
        var cases = db.Cases.AsNoTracking();
        if (Quarter.TryParse(referred, out var quarter))
        {
            Referred = quarter;
            var (from, to) = (quarter.Start, quarter.End);
            cases = cases.Where(c => db.Referrals.Any(r => r.CaseId == c.Id && r.Status != ReferralStatus.Draft && r.ReferredOn >= from && r.ReferredOn <= to
                && (area == null || r.AreaId == area)));
        }

        Total = await cases.CountAsync();
        Cases = await cases
            .OrderByDescending(c => c.CreatedAt)
            .Take(PageSize)
            .Join(db.Areas, c => c.AreaId, a => a.Id, (c, a) => new { c, Area = a.Name })
            .Join(db.Teams, x => x.c.OwningTeamId, t => t.Id, (x, t) => new CaseRow(x.c.Id, x.c.Reference, x.Area, t.Name, x.c.CreatedAt))
            .ToListAsync();
    }

    public sealed record CaseRow(Guid Id, string Reference, string Area, string Team, DateTimeOffset CreatedAt);
}
