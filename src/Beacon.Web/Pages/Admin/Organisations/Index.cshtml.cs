using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Organisations;

public class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<OrganisationRow> Organisations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Type, o.IsActive, Areas = o.Areas.Select(a => a.Area!.Name).ToList() })
            .ToListAsync(HttpContext.RequestAborted);
        Organisations = [.. rows.Select(o => new OrganisationRow(o.Id, o.Name, o.Type, [.. o.Areas.Order(StringComparer.Ordinal)], o.IsActive))];
    }

    public sealed record OrganisationRow(Guid Id, string Name, OrganisationType Type, IReadOnlyList<string> Areas, bool IsActive);
}
