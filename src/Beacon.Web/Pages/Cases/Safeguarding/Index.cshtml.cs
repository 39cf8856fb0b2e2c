using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Beacon.Web.Pages.Cases.Decisions;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Safeguarding;

/// <summary>The case's safeguarding actions: owner, due, status and outcome, overdue ones marked.</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider time) : CaseWorkPageModel(db, currentUser)
{
    public ActionsTable Actions { get; private set; } = ActionsTable.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync(CaseSections.Safeguarding, toChange: false) is { } refused)
        {
            return refused;
        }

        Actions = await ActionsTable.ReadAsync(Db, CaseId, CanWork, time.GetUtcNow());
        return Page();
    }
}

/// <summary>Who may own a safeguarding action: the active users of the case's owning organisation.</summary>
internal static class ActionOwners
{
    public static async Task<IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem>> ReadAsync(AppDbContext db, Guid organisationId) =>
    [
        new("Choose who owns it", string.Empty),
        .. await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Users.Where(u => u.OrganisationId == organisationId && u.DeactivatedAt == null)
                .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
                .Select(u => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(u.DisplayName + " (" + u.Email + ")", u.Id.ToString()))),
    ];
}
