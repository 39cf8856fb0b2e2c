using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>The start of the journey: each start gets a new journey id, which makes submitting it twice harmless.</summary>
public class IndexModel(TimeProvider time) : PageModel
{
    public Guid JourneyId { get; } = Guid.CreateVersion7(time.GetUtcNow());

    public void OnGet()
    {
    }
}
