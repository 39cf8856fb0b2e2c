using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Areas;

public class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<AreaRow> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Areas = await db.Areas.AsNoTracking()
            .OrderBy(a => a.Name)
            .Select(a => new AreaRow(
                a.Id,
                a.Name,
                a.LocalAuthority != null ? a.LocalAuthority.Name : null,
                db.OrganisationAreas.Count(o => o.AreaId == a.Id),
                a.CreatedAt))
            .ToListAsync(HttpContext.RequestAborted);
    }

    public sealed record AreaRow(Guid Id, string Name, string? LocalAuthority, int Organisations, DateTimeOffset CreatedAt);
}
