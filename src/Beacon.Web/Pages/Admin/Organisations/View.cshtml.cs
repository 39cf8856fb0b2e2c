using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Beacon.Web.Pages.Admin.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Organisations;

/// <summary>One organisation with its teams and users: who is in it, not what they work on.</summary>
public class ViewModel(AppDbContext db, TimeProvider time) : PageModel
{
    public const int UserLimit = 100;

    public OrganisationDetails Organisation { get; private set; } = null!;

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public bool MoreUsers { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid organisationId)
    {
        var cancellation = HttpContext.RequestAborted;
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new
            {
                o.Id,
                o.Name,
                o.Type,
                FirstResponder = o.FirstResponderOrganisation != null ? o.FirstResponderOrganisation.Name : null,
                Areas = o.Areas.Select(a => a.Area!.Name).ToList(),
                o.IsActive,
                o.CreatedAt,
            })
            .SingleOrDefaultAsync(cancellation);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = new OrganisationDetails(organisation.Id, organisation.Name, organisation.Type, organisation.FirstResponder,
            [.. organisation.Areas.Order(StringComparer.Ordinal)], organisation.IsActive, organisation.CreatedAt);
        Teams = await db.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == organisationId)
            .OrderBy(t => t.Name)
            .Select(t => new TeamRow(t.Id, t.Name, t.IsActive, db.Users.Count(u => u.TeamId == t.Id && u.DeactivatedAt == null)))
            .ToListAsync(cancellation);
        var users = await UserRow.ListAsync(db, time, db.Users.Where(u => u.OrganisationId == organisationId), 0, UserLimit + 1, cancellation);
        MoreUsers = users.Count > UserLimit;
        Users = [.. users.Take(UserLimit)];
        return Page();
    }

    public sealed record OrganisationDetails(Guid Id, string Name, OrganisationType Type, string? FirstResponderOrganisation, IReadOnlyList<string> Areas, bool IsActive, DateTimeOffset CreatedAt);

    public sealed record TeamRow(Guid Id, string Name, bool IsActive, int ActiveUsers);
}
