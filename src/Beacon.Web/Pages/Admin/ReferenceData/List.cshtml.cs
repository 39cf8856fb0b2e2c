using Beacon.Core.Data;
using Beacon.Core.ReferenceData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.ReferenceData;

/// <summary>One list: search it, retire an entry or restore it (a button per row, so it works without JavaScript).</summary>
public class ListModel(AppDbContext db, ReferenceDataAdministration administration) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public AdministeredList List { get; private set; } = null!;

    public IReadOnlyList<ReferenceEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string list)
    {
        if (ReferenceDataAdministration.Find(list) is not { } found)
        {
            return NotFound();
        }

        List = found;
        // The longest list has a few hundred entries: search them in memory, the same on both databases.
        var entries = await found.Entries(db).AsNoTracking().OrderBy(e => e.SortOrder).ThenBy(e => e.Name).ToListAsync();
        Entries = string.IsNullOrWhiteSpace(Search)
            ? entries
            : [.. entries.Where(e => e.Name.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string list, Guid entryId, bool active)
    {
        if (ReferenceDataAdministration.Find(list) is not { } found
            || await administration.SetActiveAsync(found, entryId, active) is not { } name)
        {
            return NotFound();
        }

        TempData.Notice(active ? $"{name} can be chosen again" : $"{name} is retired: it can no longer be chosen");
        return Redirect($"/admin/reference-data/{found.Key}" + (string.IsNullOrWhiteSpace(Search) ? string.Empty : $"?q={Uri.EscapeDataString(Search)}"));
    }
}
