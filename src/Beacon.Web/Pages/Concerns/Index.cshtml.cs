using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns;

/// <summary>The concerns this user raised, newest first, with what became of each.</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(Guid Id, string Reference, DateTimeOffset RaisedAt, CaseRoute Route, ConcernStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = currentUser.UserId;
        Rows = await db.Concerns.AsNoTracking()
            .Where(c => c.RaisedByUserId == userId)
            .OrderByDescending(c => c.RaisedAt)
            .Take(PageSize)
            .Select(c => new Row(c.Id, c.Reference, c.RaisedAt, c.Route, c.Status))
            .ToListAsync();
    }
}
