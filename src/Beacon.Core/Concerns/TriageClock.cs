using System.Globalization;

namespace Beacon.Core.Concerns;

/// <summary>A concern should be triaged within 24 hours of being raised: the clock the trays show.</summary>
public static class TriageClock
{
    public static readonly TimeSpan Allowed = TimeSpan.FromHours(24);

    public static DateTimeOffset DueAt(DateTimeOffset raisedAt) => raisedAt + Allowed;

    public static bool IsOverdue(DateTimeOffset raisedAt, DateTimeOffset now) => now >= DueAt(raisedAt);

    /// <summary>"Due in 5 hours", "Overdue by 2 hours"; under an hour, "less than an hour".</summary>
    public static string Text(DateTimeOffset raisedAt, DateTimeOffset now)
    {
        var left = DueAt(raisedAt) - now;
        // Time left rounds up (4 hours 59 minutes is "due in 5 hours"); time overdue rounds down.
        return left > TimeSpan.Zero
            ? $"Due in {Hours(left < TimeSpan.FromHours(1) ? 0 : (int)Math.Ceiling(left.TotalHours))}"
            : $"Overdue by {Hours((int)Math.Floor((-left).TotalHours))}";
    }

    private static string Hours(int hours)
    {
        return hours switch
        {
            0 => "less than an hour",
            1 => "1 hour",
            _ => string.Create(CultureInfo.InvariantCulture, $"{hours} hours"),
        };
    }
}
