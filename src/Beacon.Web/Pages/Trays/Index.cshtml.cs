using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Trays;

/// <summary>
/// The work tray of MASH and adult triage: the team's concerns waiting for triage with their
/// 24-hour clock, the worker's open cases and the team's. Area coordinators see the area's waiting
/// concerns, read only. Every list reads through the query filters, one indexed page at a time,
/// and counts with the same filter.
/// </summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider time) : PageModel
{
    public const int PageSize = 25;

    public const string NewTab = "new";
    public const string MineTab = "mine";
    public const string TeamTab = "team";
    public const string AreaTab = "area";

    [BindProperty(SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>From the query's "page" (a name Razor Pages keeps for its own route value, so read by hand).</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<(string Key, string Text)> Tabs { get; private set; } = [];

    public IReadOnlyList<ConcernRow> Concerns { get; private set; } = [];

    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateTimeOffset Now { get; private set; }

    public bool NewestFirst => Sort == "newest";

    public bool ShowsConcerns => Tab is NewTab or AreaTab;

    public async Task OnGetAsync()
    {
        var scope = currentUser.Scope;
        Now = time.GetUtcNow();
        var tabs = new List<(string, string)>();
        if (scope.WorksTeamCases)
        {
            tabs.Add((NewTab, "New concerns"));
            tabs.Add((MineTab, "My cases"));
            tabs.Add((TeamTab, "Team cases"));
        }

        if (scope.SeesAreaCases)
        {
            tabs.Add((AreaTab, "Area concerns"));
        }

        Tabs = tabs;
        if (tabs.Count == 0)
        {
            return;
        }

        if (!tabs.Any(t => t.Item1 == Tab))
        {
            Tab = tabs[0].Item1;
        }

        PageNumber = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? Math.Max(1, number) : 1;
        switch (Tab)
        {
            case NewTab:
            case AreaTab:
                await LoadConcernsAsync();
                break;
            case MineTab:
                var me = scope.UserId;
                await LoadCasesAsync(db.Cases.Where(c => c.AssignedWorkerId == me && c.Status == CaseStatus.Open));
                break;
            default:
                var team = scope.TeamId;
                await LoadCasesAsync(db.Cases.Where(c => c.OwningTeamId == team && c.Status == CaseStatus.Open));
                break;
        }
    }

    private async Task LoadConcernsAsync()
    {
        var scope = currentUser.Scope;
        List<ConcernStatus> statuses = Enum.TryParse<ConcernStatus>(Status, out var status) && TriageService.IsOpen(status)
            ? [status]
            : [ConcernStatus.New, ConcernStatus.Assigned];
        var query = db.Concerns.AsNoTracking().Where(c => statuses.Contains(c.Status));
        if (Tab == NewTab)
        {
            // ix_concerns_tray: (triage team, status, raised at).
            var team = scope.TeamId!.Value;
            query = query.Where(c => c.TriageTeamId == team);
        }
        else
        {
            var areas = scope.AreaIds;
            query = query.Where(c => areas.Contains(c.AreaId));
        }

        if (Enum.TryParse<RagRating>(Rag, out var rag) && Enum.IsDefined(rag))
        {
            query = query.Where(c => c.Rag == rag);
        }

        Total = await query.CountAsync();
        var ordered = NewestFirst ? query.OrderByDescending(c => c.RaisedAt).ThenByDescending(c => c.Id) : query.OrderBy(c => c.RaisedAt).ThenBy(c => c.Id);
        Concerns = await ordered
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new ConcernRow(
                c.Id,
                c.Reference,
                c.RaisedAt,
                c.Age,
                c.Route,
                c.Rag,
                c.Status,
                c.AssignedToUserId == null ? null : db.Users.Where(u => u.Id == c.AssignedToUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync();
    }

    private async Task LoadCasesAsync(IQueryable<Case> query)
    {
        Total = await query.CountAsync();
        Cases = await query.AsNoTracking()
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(c => new CaseRow(
                c.Id,
                c.Reference,
                c.Route,
                c.CreatedAt,
                c.AssignedWorkerId == null ? null : db.Users.Where(u => u.Id == c.AssignedWorkerId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync();
    }

    /// <summary>This tray's address with one query value changed (and the page reset unless it is the page).</summary>
    public string Link(string? tab = null, string? status = null, string? rag = null, string? sort = null, int? page = null)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("tab", tab ?? Tab),
            new("status", status ?? Status),
            new("rag", rag ?? Rag),
            new("sort", sort ?? Sort),
            new("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        if (tab is not null)
        {
            values = [new("tab", tab)];
        }

        var query = new QueryBuilder(values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)));
        return "/trays" + query.ToQueryString();
    }

    public sealed record ConcernRow(Guid Id, string Reference, DateTimeOffset RaisedAt, AgeAnswer Age, CaseRoute Route, RagRating Rag, ConcernStatus Status, string? AssignedTo);

    public sealed record CaseRow(Guid Id, string Reference, CaseRoute Route, DateTimeOffset OpenedAt, string? AssignedTo);
}
