using Beacon.Core.Cases;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Safeguarding;

/// <summary>A case's safeguarding actions with their owners, as the actions table shows them.</summary>
public sealed record ActionsTable(Guid CaseId, bool CanWork, DateTimeOffset Now, IReadOnlyList<ActionsTable.Row> Rows)
{
    public static ActionsTable Empty { get; } = new(Guid.Empty, false, DateTimeOffset.MinValue, []);

    public static async Task<ActionsTable> ReadAsync(AppDbContext db, Guid caseId, bool canWork, DateTimeOffset now, bool openOnly = false)
    {
        var rows = await (
            from a in db.SafeguardingActions.AsNoTracking()
            where a.CaseId == caseId
            where !openOnly || a.Status == SafeguardingActionStatus.NotStarted || a.Status == SafeguardingActionStatus.InProgress
            join u in db.Users on a.OwnerUserId equals u.Id into owners
            from u in owners.DefaultIfEmpty()
            orderby a.DueAt
            select new Row(a.Id, a.Kind, a.Details, u != null ? u.DisplayName : "Unknown", a.DueAt, a.Status, a.Outcome))
            .ToListAsync();
        return new ActionsTable(caseId, canWork, now, rows);
    }

    public sealed record Row(Guid Id, SafeguardingActionKind Kind, string? Details, string Owner, DateTimeOffset DueAt, SafeguardingActionStatus Status, string? Outcome)
    {
        public bool IsOpen => Status is SafeguardingActionStatus.NotStarted or SafeguardingActionStatus.InProgress;
    }

    public bool IsOverdue(Row row) => row.IsOpen && row.DueAt < Now;

    public static string When(DateTimeOffset at)
    {
        var uk = Beacon.Core.Audit.UkTime.ToUk(at);
        return uk.TimeOfDay == TimeSpan.Zero
            ? $"{DecisionText.Date(SafeguardingService.DueDay(at))} (end of the day)"
            : uk.ToString("d MMMM yyyy, h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))
                .Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
    }
}
