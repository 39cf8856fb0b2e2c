using Beacon.Core.Access;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases;

/// <summary>What every case page shows above its content: the reference, route, status and the case's sub-navigation.</summary>
public sealed record CaseHeader(Guid Id, string Reference, CaseRoute Route, CaseStatus Status, bool IsAnonymous, Guid Version, CaseGrant Grant, bool CanManage)
{
    public bool Sees(CaseSections section) => Grant.Sees(section);

    public static async Task<CaseHeader> ReadAsync(AppDbContext db, CaseGrant grant, bool canManage, CancellationToken cancellationToken = default)
    {
        var row = await db.Cases.AsNoTracking().Where(c => c.Id == grant.CaseId)
            .Select(c => new { c.Reference, c.Route, c.Status, c.IsAnonymous, c.Version })
            .SingleAsync(cancellationToken);
        return new CaseHeader(grant.CaseId, row.Reference, row.Route, row.Status, row.IsAnonymous, row.Version, grant, canManage);
    }
}

/// <summary>The header partial's model: the case and which sub-navigation item is this page.</summary>
public sealed record CaseNavigation(CaseHeader Case, string Active);

/// <summary>
/// A page under <c>/cases/{caseId}/…</c>: the gate has let the user see the case; this reads the
/// header and says whether they may work it. Pages that change the case refuse (403) those who
/// may only look, and pages about a section refuse those who do not see the section.
/// </summary>
public abstract class CasePageModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public CaseHeader Header { get; private set; } = null!;

    public Guid CaseId => Header.Id;

    public bool CanManage => Header.CanManage;

    [TempData]
    public string? Notice { get; set; }

    protected AppDbContext Db => db;

    /// <summary>Reads the header; returns a refusal when the user lacks the section, or the right to work the case when <paramref name="manage"/>.</summary>
    protected async Task<IActionResult?> OpenAsync(CaseSections section, bool manage = false)
    {
        var grant = HttpContext.CaseGrant();
        Header = await CaseHeader.ReadAsync(db, grant, CaseManagers.CanManage(grant, currentUser), HttpContext.RequestAborted);
        if (!grant.Sees(section) || (manage && !Header.CanManage))
        {
            return Forbid();
        }

        return null;
    }
}
