using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Concerns;

/// <summary>A concern: what was raised, its status and what happened to it. The concern gate has let the user in.</summary>
public class ViewModel(AppDbContext db) : PageModel
{
    public ConcernSummary Concern { get; private set; } = null!;

    public string StatusColour => Concern.Status switch
    {
        ConcernStatus.New => "blue",
        ConcernStatus.Assigned => "yellow",
        ConcernStatus.CaseOpened or ConcernStatus.LinkedToCase => "green",
        _ => "grey",
    };

    public async Task<IActionResult> OnGetAsync()
    {
        Concern = (await ConcernSummary.ReadAsync(db, HttpContext.ConcernGrant().ConcernId))!;
        return Page();
    }
}
