namespace Beacon.Core.Reporting;

/// <summary>How a figure is written: a count of people or reports, a share, a number of days.</summary>
public enum ValueFormat
{
    Count,

    /// <summary>A share from 0 to 1, written as a whole percentage.</summary>
    Share,

    /// <summary>Days, to one decimal place where not whole.</summary>
    Days,

    Text,
}

/// <summary>Why a figure is not shown. Only counts are suppressed; a share or median built on a suppressed count is withheld with it.</summary>
public enum Suppression
{
    Shown,

    /// <summary>A count from 1 to 4, written "fewer than 5".</summary>
    Primary,

    /// <summary>Withheld so that a total cannot reveal a primary cell.</summary>
    Secondary,
}

/// <summary>One cell: a number (or text), how to write it, and whether disclosure control withholds it.</summary>
public readonly record struct ReportValue(double? Number, string? Text, ValueFormat Format, Suppression Suppression = Suppression.Shown)
{
    public static ReportValue Count(long value) => new(value, null, ValueFormat.Count);

    public static ReportValue Share(double? value) => new(value, null, ValueFormat.Share);

    public static ReportValue Days(double? value) => new(value, null, ValueFormat.Days);

    public static ReportValue Of(string? text) => new(null, text, ValueFormat.Text);

    public static ReportValue None(ValueFormat format) => new(null, null, format);

    public bool IsSuppressed => Suppression != Suppression.Shown;

    /// <summary>The figure as people read it: "1,017", "42%", "6.5", "fewer than 5", "withheld", or "none" where there is no figure.</summary>
    public string Display() => Suppression switch
    {
        Suppression.Primary => "fewer than 5",
        Suppression.Secondary => "withheld",
        _ => Format switch
        {
            ValueFormat.Text => Text ?? string.Empty,
            _ when Number is null => "none",
            ValueFormat.Count => Number.Value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            ValueFormat.Share => Math.Round(Number.Value * 100, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%",
            ValueFormat.Days => Number.Value.ToString(Number.Value % 1 == 0 ? "0" : "0.0", System.Globalization.CultureInfo.InvariantCulture),
            _ => Number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };
}

/// <param name="Heading">Column heading as shown.</param>
/// <param name="Format">How the column's values are written; the row-label column is <see cref="ValueFormat.Text"/>.</param>
/// <param name="IsTotal">A column that is the sum of the count columns before it in the same row (a margin for disclosure control).</param>
/// <param name="IsPublished">Figures already published by someone else (the national statistics): never suppressed and never a margin of the local counts.</param>
public sealed record ReportColumn(string Heading, ValueFormat Format, bool IsTotal = false, bool IsPublished = false);

/// <param name="Label">The row heading (first column).</param>
/// <param name="Values">One value per column after the row-label column.</param>
/// <param name="IsTotal">The row that sums the count rows above it (a margin for disclosure control).</param>
public sealed record ReportRow(string Label, IReadOnlyList<ReportValue> Values, bool IsTotal = false);

/// <summary>
/// A table of the area's picture as every output draws it: the dashboard (with its SVG chart), the
/// CSV and Excel exports, the pack's HTML and PDF. The first column is the row label; the columns
/// listed in <see cref="Columns"/> follow it.
/// </summary>
/// <param name="Key">Stable, URL-safe name, used for export file names and anchors ("referrals-by-quarter").</param>
/// <param name="Title">What the table shows ("NRM referrals and Duty to Notify reports by quarter").</param>
/// <param name="RowHeading">Heading of the row-label column ("Quarter").</param>
/// <param name="Note">Anything a reader needs to read the figures right (definitions, edition, suppression).</param>
/// <param name="Chart">How the dashboard and the pack draw it.</param>
public sealed record ReportTable(
    string Key,
    string Title,
    string RowHeading,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportRow> Rows,
    string? Note = null,
    ChartKind Chart = ChartKind.HorizontalBars)
{
    public bool IsEmpty => Rows.Count == 0 || Rows.All(r => r.IsTotal);
}

public enum ChartKind
{
    None,

    /// <summary>One bar per row, for categories (exploitation type, nationality).</summary>
    HorizontalBars,

    /// <summary>Columns over time, one series per count column (referrals and Duty to Notify by quarter).</summary>
    Columns,

    /// <summary>A line per count column over time (local and national trend, as an index or share).</summary>
    Lines,
}
