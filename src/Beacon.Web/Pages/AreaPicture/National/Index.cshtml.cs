using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Core.Statistics;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.AreaPicture.National;

/// <summary>The editions of the national statistics held, and the files each was imported from, newest first.</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public IReadOnlyList<EditionView> Editions { get; private set; } = [];

    public bool CanImport => currentUser.Has(Capability.AreaPictureManage);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var editions = await db.StatisticsEditions.AsNoTracking()
            .OrderByDescending(e => e.ReleaseYear).ThenByDescending(e => e.ReleaseQuarter)
            .Select(e => new { e.Id, e.Name, e.ReleaseYear, e.ReleaseQuarter })
            .ToListAsync(ct);
        var imports = await db.StatisticsImports.AsNoTracking()
            .OrderByDescending(i => i.ImportedAt).ThenBy(i => i.TableKind).ThenBy(i => i.Scope)
            .Select(i => new { i.EditionId, i.TableKind, i.Scope, i.FileName, i.ImportedBy, i.ImportedAt, i.FigureCount })
            .ToListAsync(ct);

        // Imports record the importer's user id; names are looked up, so a renamed user shows as they are now.
        var userIds = imports.Select(i => Guid.TryParse(i.ImportedBy, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        Editions = [.. editions.Select(e => new EditionView(
            e.Name,
            new Core.AreaPicture.Quarter(e.ReleaseYear, e.ReleaseQuarter).Months,
            [.. imports.Where(i => i.EditionId == e.Id).Select(i => new ImportView(
                NationalPages.TableName(i.TableKind),
                NationalPages.ScopeName(i.Scope),
                i.FileName,
                Guid.TryParse(i.ImportedBy, out var id) && names.TryGetValue(id, out var name) ? name : i.ImportedBy,
                NationalPages.DateAndTime(i.ImportedAt),
                i.FigureCount))]))];
    }
}

/// <param name="ReleaseQuarter">The months the release covers up to ("October to December 2023").</param>
public sealed record EditionView(string Name, string ReleaseQuarter, IReadOnlyList<ImportView> Imports);

public sealed record ImportView(string Table, string Scope, string FileName, string ImportedBy, string ImportedAt, int FigureCount);
