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
        return left > TimeSpan.Zero ? $"Due in {Hours(left)}" : $"Overdue by {Hours(-left)}";
    }

    private static string Hours(TimeSpan span)
    {
        var hours = (int)Math.Floor(span.TotalHours);
        return hours switch
        {
            0 => "less than an hour",
            1 => "1 hour",
            _ => string.Create(CultureInfo.InvariantCulture, $"{hours} hours"),
        };
    }
}
