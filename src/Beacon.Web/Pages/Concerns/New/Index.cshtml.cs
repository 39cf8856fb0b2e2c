using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>The start of the journey: each start gets a new journey id, which makes submitting it twice harmless.</summary>
public class IndexModel(TimeProvider time, AppDbContext db, CurrentUser currentUser) : PageModel
{
    public Guid JourneyId { get; } = Guid.CreateVersion7(time.GetUtcNow());

    /// <summary>Said before the user types anything: a concern needs an area to find its team.</summary>
    public bool HasArea { get; private set; }

    public async Task OnGetAsync()
    {
        var organisationId = currentUser.Scope.OrganisationId;
        HasArea = await db.OrganisationAreas.AsNoTracking().AnyAsync(a => a.OrganisationId == organisationId);
    }
}
