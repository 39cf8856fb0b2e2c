using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Audit;

/// <summary>What one user did (looks and changes, merged), and what was changed on their account.</summary>
public class UsersModel(AppDbContext db, AuditTrail audit, TimeProvider time) : AuditPageModel
{
    private readonly AuditQueries queries = new(db);

    public AuditedUser AuditedUser { get; private set; } = null!;

    /// <summary>Null when the dates cannot be used: the page then shows only the errors.</summary>
    public AuditRowPage? Activity { get; private set; }

    public AuditRowPage? AccountChanges { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid userId, [FromQuery(Name = "page")] string? page, [FromQuery(Name = "changes-page")] string? changesPage)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await FindAsync(userId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        AuditedUser = found;
        if (!CheckPeriod())
        {
            return Page();
        }

        audit.Access(AuditQueries.UserResource, userId, "View", AccessOutcome.Allowed);
        await db.SaveChangesAsync(cancellationToken);
        Activity = await AuditRowPage.ReadAsync(queries.DoneBy(userId, Period), page, cancellationToken);
        AccountChanges = await AuditRowPage.ReadAsync(queries.ChangesTo(userId, Period), changesPage, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid userId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await FindAsync(userId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (!CheckPeriod())
        {
            AuditedUser = found;
            return Page();
        }

        audit.Access(AuditQueries.UserResource, userId, "Export", AccessOutcome.Allowed);
        await db.SaveChangesAsync(cancellationToken);
        return new AuditCsvResult(
            $"beacon-user-activity-{FileDates(time)}.csv",
            queries.UserHistory(userId, Period).NewestFirst().AsAsyncEnumerable());
    }

    public string PageHref(int? activity = null, int? changes = null) =>
        Href(("page", Number(activity ?? Activity?.Page ?? 1)), ("changes-page", Number(changes ?? AccountChanges?.Page ?? 1)));

    private static string? Number(int page) => page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private Task<AuditedUser?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AuditedUser(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                u.Organisation!.Name,
                u.Team != null ? u.Team.Name : null,
                u.Roles.Select(r => r.Role).ToList(),
                u.DeactivatedAt))
            .SingleOrDefaultAsync(cancellationToken);
}

public sealed record AuditedUser(Guid Id, string DisplayName, string Email, string Organisation, string? Team, List<Role> Roles, DateTimeOffset? DeactivatedAt);
