using Beacon.Core.Cases;
using Beacon.Web.Infrastructure.Security;
using Beacon.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Trays;

/// <summary>What is overdue or due soon: on my cases and actions, and across my team's cases.</summary>
public class OverdueModel(OverdueItems overdue, CurrentUser currentUser) : PageModel
{
    public OverdueList Mine { get; private set; } = new("Mine", "overdue-mine", []);

    public OverdueList? Team { get; private set; }

    public async Task OnGetAsync()
    {
        Mine = new OverdueList("My cases and actions", "overdue-mine", await overdue.ForWorkerAsync(currentUser.UserId!.Value));
        if (currentUser.Scope.TeamId is { } teamId)
        {
            Team = new OverdueList("My team's cases", "overdue-team", await overdue.ForTeamAsync(teamId));
        }
    }
}
