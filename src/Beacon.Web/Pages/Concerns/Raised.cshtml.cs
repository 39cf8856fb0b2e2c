using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Concerns;

/// <summary>The confirmation: the reference, where the concern went, and what happens next.</summary>
public class RaisedModel(AppDbContext db) : PageModel
{
    public ConcernSummary Concern { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Concern = (await ConcernSummary.ReadAsync(db, HttpContext.ConcernGrant().ConcernId))!;
        return Page();
    }
}
