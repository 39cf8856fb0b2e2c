using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Decisions;

/// <summary>
/// A page about one section of a case (decisions, safeguarding): seen by whoever may see the
/// section; changed only by those who work the case.
/// </summary>
public abstract class CaseWorkPageModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public Guid CaseId { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    public CaseRoute Route { get; private set; }

    public Guid OwningOrganisationId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>May record and change things on this case, not only read them.</summary>
    public bool CanWork { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    protected AppDbContext Db => db;

    protected CurrentUser Me => currentUser;

    /// <summary>Null when the page may be shown, else the result to return instead.</summary>
    protected async Task<IActionResult?> OpenAsync(CaseSections section, bool toChange)
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        CanWork = grant.Sees(section) && CaseManagers.CanManage(grant, currentUser);
        if (!grant.Sees(section) || (toChange && !CanWork))
        {
            return Forbid();
        }

        var row = await db.Cases.AsNoTracking().Where(c => c.Id == CaseId)
            .Select(c => new { c.Reference, c.Route, c.OwningOrganisationId, c.CreatedAt }).SingleAsync();
        Reference = row.Reference;
        Route = row.Route;
        OwningOrganisationId = row.OwningOrganisationId;
        OpenedAt = row.CreatedAt;
        return null;
    }

    /// <summary>Shows a service's refusal on its field (or the page's first field).</summary>
    protected IActionResult Refused(AdminResult result)
    {
        ModelState.AddModelError(result.Field ?? string.Empty, result.Error!);
        return Page();
    }
}
