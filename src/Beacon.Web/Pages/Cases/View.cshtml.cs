using Beacon.Core.Access;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Cases;

/// <summary>One case. The case access filter has already decided it may be seen, and logged the look.</summary>
public class ViewModel(AppDbContext db) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public CaseGrant Grant { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Grant = HttpContext.CaseGrant();
        Case = await CaseView.ReadAsync(db, Grant, HttpContext.RequestAborted);
    }

    public bool Sees(CaseSections section) => Grant.Sees(section);
}
