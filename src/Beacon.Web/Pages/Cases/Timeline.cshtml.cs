using System.Text.Json;
using Beacon.Core.Access;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.GovUk;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases;

/// <summary>
/// What happened on the case, newest first, drawn from the audit events of the case and of its
/// concerns. Looks at the case (the access log) are for auditors, not here.
/// </summary>
public class TimelineModel(AppDbContext db, CurrentUser currentUser) : CasePageModel(db, currentUser)
{
    public const int MaxEvents = 500;

    public IReadOnlyList<TimelineItem> Items { get; private set; } = [];

    public bool More { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync(CaseSections.Summary) is { } refused)
        {
            return refused;
        }

        var concerns = await Db.Concerns.Where(c => c.CaseId == CaseId).Select(c => c.Id).ToListAsync(HttpContext.RequestAborted);
        var events = await (
            from e in Db.AuditEvents.AsNoTracking()
            where (e.EntityType == CaseAccess.ResourceType && e.EntityId == CaseId) || (e.EntityType == ConcernAccess.ResourceType && concerns.Contains(e.EntityId))
            orderby e.At descending, e.Id descending
            join u in Db.Users on e.UserId equals u.Id into people
            from u in people.DefaultIfEmpty()
            select new { e.Id, e.At, e.Action, e.Changes, e.Reason, By = u != null ? u.DisplayName : null })
            .Take(MaxEvents + 1)
            .ToListAsync(HttpContext.RequestAborted);
        if (!CanManage)
        {
            // Who else has the case, and why, is for those who work it (as on the sharing page).
            events = [.. events.Where(e => !e.Action.StartsWith("Shared with ", StringComparison.Ordinal) && !e.Action.StartsWith("Stopped sharing with ", StringComparison.Ordinal))];
        }

        More = events.Count > MaxEvents;
        Items = [.. events.Take(MaxEvents).Select(e => new TimelineItem
        {
            Label = new ContentOptions { Text = e.Action },
            Byline = new ContentOptions { Text = e.By ?? "Beacon" },
            Timestamp = e.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            DisplayDate = CaseText.DateTime(e.At),
            Html = Describe(e.Changes, e.Reason),
            Attributes = new Dictionary<string, string> { ["data-testid"] = "timeline-item" },
        })];
        return Page();
    }

    /// <summary>The changes and the reason, encoded; personal details never reach an event's changes, only field names.</summary>
    private static string Describe(string? changes, string? reason)
    {
        var lines = new List<string>();
        if (changes is not null)
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(changes) ?? [];
            foreach (var (field, values) in fields)
            {
                var (old, @new) = (values.ElementAtOrDefault(0), values.ElementAtOrDefault(1));
                var text = (old, @new) switch
                {
                    (null, null) => $"{field} changed",
                    (null, _) => $"{field}: {@new}",
                    (_, null) => $"{field}: {old} removed",
                    _ => $"{field}: {old} to {@new}",
                };
                lines.Add(System.Net.WebUtility.HtmlEncode(text));
            }
        }

        var html = lines.Count == 0 ? string.Empty : "<ul class=\"govuk-list govuk-body-s\">" + string.Concat(lines.Select(l => $"<li>{l}</li>")) + "</ul>";
        if (!string.IsNullOrWhiteSpace(reason))
        {
            html += $"<p class=\"govuk-body app-preserve-lines\">{System.Net.WebUtility.HtmlEncode(reason)}</p>";
        }

        return html;
    }
}
