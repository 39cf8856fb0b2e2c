using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Cases;

/// <summary>A case laid out for paper, logged as a print.</summary>
[CaseAction("Print")]
public class PrintModel(AppDbContext db, TimeProvider time) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public DateTimeOffset PrintedAt { get; private set; }

    public async Task OnGetAsync()
    {
        Case = await CaseView.ReadAsync(db, HttpContext.CaseGrant(), HttpContext.RequestAborted);
        PrintedAt = time.GetUtcNow();
    }
}
