using Beacon.Core.Data;
using Beacon.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.ReferenceData;

public class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(AdministeredList List, int Active, int Total)> Lists { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = new List<(AdministeredList, int, int)>();
        foreach (var list in ReferenceDataAdministration.Lists)
        {
            // Six small lists: six pairs of counts are clearer than one union query.
            rows.Add((list, await list.Entries(db).CountAsync(e => e.IsActive), await list.Entries(db).CountAsync()));
        }

        Lists = rows;
    }
}
