namespace Beacon.Core.Audit;

/// <summary>Times as people in the partnership read them: UK time, summer time included.</summary>
public static class UkTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToUk(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Midnight at the start of the day in the UK (never in a clock change, which happens at 1am or 2am).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(ToUk(time.GetUtcNow()).DateTime);
    }
}

/// <summary>
/// The days an auditor asked for, as instants: from the start of the first UK day to the start of
/// the day after the last. Either end may be open.
/// </summary>
public sealed record AuditPeriod(DateTimeOffset? From, DateTimeOffset? Until)
{
    public static AuditPeriod All { get; } = new(null, null);

    public static AuditPeriod Days(DateOnly? first, DateOnly? last) =>
        new(first is { } f ? UkTime.StartOf(f) : null, last is { } l ? UkTime.StartOf(l.AddDays(1)) : null);
}
