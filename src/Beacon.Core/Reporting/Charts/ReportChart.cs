using System.Globalization;
using Beacon.Core.Reporting.Pdf;

namespace Beacon.Core.Reporting.Charts;

/// <summary>
/// Works out how a <see cref="ReportTable"/> is charted (<see cref="ReportTable.Chart"/>): bars
/// for categories, columns or lines over quarters. Total rows are never drawn; a suppressed or
/// missing figure draws no bar and its label says why ("fewer than 5", "withheld").
/// </summary>
public static class ReportChart
{
    public const double Width = 640;

    /// <summary>More bars than this are not readable; the rest are left to the table beside the chart.</summary>
    public const int MaxBars = 25;

    private const double Gap = 8;
    private const double LegendRow = 24;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The chart's layout, or null when the table has no chart (<see cref="ChartKind.None"/>, no rows, or no figures to draw).</summary>
    public static ChartLayout? Layout(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Chart == ChartKind.None)
        {
            return null;
        }

        var rows = table.Rows.Where(r => !r.IsTotal).ToList();
        var columns = SeriesColumns(table);
        if (rows.Count == 0 || columns.Count == 0)
        {
            return null;
        }

        var series = columns.Select((c, i) => new ChartSeries(table.Columns[c].Heading, i)).ToList();
        return table.Chart switch
        {
            ChartKind.HorizontalBars => HorizontalBars(table, rows, columns, series),
            ChartKind.Columns => Columns(table, rows, columns, series),
            _ => Lines(table, rows, columns, series),
        };
    }

    /// <summary>
    /// Bars and columns draw the local counts (the first one, or two, as grouped bars, for
    /// categories; up to four over time); lines draw every column of the first figure's kind,
    /// local or published. A table with no local count draws its first kind of figure instead.
    /// </summary>
    internal static List<int> SeriesColumns(ReportTable table)
    {
        var numeric = Enumerable.Range(0, table.Columns.Count)
            .Where(i => table.Columns[i].Format != ValueFormat.Text && !table.Columns[i].IsTotal)
            .ToList();
        if (numeric.Count == 0)
        {
            return numeric;
        }

        var localCounts = numeric.Where(i => table.Columns[i].Format == ValueFormat.Count && !table.Columns[i].IsPublished).ToList();
        var sameKind = numeric.Where(i => table.Columns[i].Format == table.Columns[numeric[0]].Format).ToList();
        return table.Chart switch
        {
            ChartKind.HorizontalBars => (localCounts.Count > 0 ? localCounts : sameKind).Take(2).ToList(),
            ChartKind.Columns => (localCounts.Count > 0 ? localCounts : sameKind).Take(4).ToList(),
            _ => sameKind.Take(4).ToList(),
        };
    }

    /// <summary>An axis from 0 to a round maximum in at most six steps of 1, 2 or 5 times a power of ten (whole steps for counts).</summary>
    public static (double Maximum, double Step) NiceAxis(double largest, ValueFormat format)
    {
        var whole = format == ValueFormat.Count;
        if (!(largest > 0) || double.IsInfinity(largest))
        {
            largest = format == ValueFormat.Share ? 1 : 5;
        }

        // The smallest step that needs no more than six of them to pass the largest figure.
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(largest / 6)));
        var step = magnitude;
        foreach (var factor in (double[])[1, 2, 5, 10])
        {
            step = factor * magnitude;
            if ((!whole || step >= 1) && largest / step <= 6 + 1e-9)
            {
                break;
            }
        }

        var maximum = Math.Ceiling((largest / step) - 1e-9) * step;
        return (maximum, step);
    }

    private static ChartLayout HorizontalBars(ReportTable table, List<ReportRow> rows, List<int> columns, List<ChartSeries> series)
    {
        var format = table.Columns[columns[0]].Format;
        var allowed = MaxBars / columns.Count;
        var truncated = rows.Count > allowed;
        var drawn = truncated
            ? [.. rows.OrderByDescending(r => SortValue(r.Values[columns[0]])).Take(allowed)]
            : rows;

        var shapes = new List<ChartShape>();
        var top = Legend(shapes, series, isLine: false) + 4;

        var labelSize = ChartStyle.FontSize(ChartTextRole.Category);
        var valueSize = ChartStyle.FontSize(ChartTextRole.Value);
        var labelWidth = Math.Min(drawn.Max(r => Measure(r.Label, labelSize)), Width * 0.38);
        var valueWidth = drawn.SelectMany(r => columns.Select(c => Measure(r.Values[c].Display(), valueSize))).Max();
        var plotLeft = labelWidth + Gap;
        var plotRight = Width - Math.Min(valueWidth, Width * 0.2) - Gap;
        var plotWidth = Math.Max(plotRight - plotLeft, 40);

        var barHeight = columns.Count == 1 ? 20 : 15;
        var band = (columns.Count * (barHeight + 2)) + 10;
        var plotBottom = top + (drawn.Count * band);
        var (maximum, step) = NiceAxis(drawn.SelectMany(r => columns.Select(c => Value(r.Values[c]) ?? 0)).DefaultIfEmpty(0).Max(), format);

        foreach (var tick in Ticks(maximum, step))
        {
            var x = plotLeft + (tick / maximum * plotWidth);
            shapes.Add(new ChartRule(x, top, x, plotBottom, IsAxis: tick == 0));
            shapes.Add(new ChartText(x, plotBottom + 18, TickLabel(tick, format), ChartTextRole.Axis, ChartTextAnchor.Middle));
        }

        var bars = 0;
        for (var i = 0; i < drawn.Count; i++)
        {
            var row = drawn[i];
            var bandTop = top + (i * band);
            shapes.Add(new ChartText(plotLeft - Gap, bandTop + (band / 2) + (labelSize * 0.35), Fit(row.Label, labelSize, labelWidth), ChartTextRole.Category, ChartTextAnchor.End));
            var barTop = bandTop + 5;
            for (var s = 0; s < columns.Count; s++)
            {
                var cell = row.Values[columns[s]];
                var value = Value(cell);
                var y = barTop + (s * (barHeight + 2));
                var length = value is null ? 0 : Math.Max(0, value.Value) / maximum * plotWidth;
                if (value is not null)
                {
                    shapes.Add(new ChartBar(plotLeft, y, length, barHeight, s, row.Label));
                    bars++;
                }

                shapes.Add(new ChartText(plotLeft + length + 4, y + (barHeight / 2) + (valueSize * 0.35), cell.Display(), ChartTextRole.Value, ChartTextAnchor.Start));
            }
        }

        var description = DescribeCategories(table, rows, drawn, columns, truncated);
        return new ChartLayout(ChartKind.HorizontalBars, Width, plotBottom + 28, table.Title, description, series, shapes, bars, truncated);
    }

    private static ChartLayout Columns(ReportTable table, List<ReportRow> rows, List<int> columns, List<ChartSeries> series)
    {
        var (drawn, truncated) = Latest(rows, MaxBars / columns.Count);
        var format = table.Columns[columns[0]].Format;
        var shapes = new List<ChartShape>();
        var legendBottom = Legend(shapes, series, isLine: false);

        var valueSize = ChartStyle.FontSize(ChartTextRole.Value);
        var (maximum, step) = NiceAxis(drawn.SelectMany(r => columns.Select(c => Value(r.Values[c]) ?? 0)).DefaultIfEmpty(0).Max(), format);
        var plotLeft = TickLabelWidth(maximum, step, format) + Gap;
        var plotWidth = Width - plotLeft - Gap;
        var bandWidth = plotWidth / drawn.Count;
        var groupWidth = bandWidth * 0.8;
        var barWidth = groupWidth / columns.Count;

        var labels = drawn.SelectMany(r => columns.Select(c => r.Values[c].Display())).ToList();
        var vertical = labels.Any(l => Measure(l, valueSize) > barWidth + 2);
        var headroom = vertical ? labels.Max(l => Measure(l, valueSize)) + 8 : valueSize + 8;
        var top = legendBottom + headroom;
        const double plotHeight = 220;
        var plotBottom = top + plotHeight;

        AxisTicks(shapes, maximum, step, format, plotLeft, Width - Gap, top, plotHeight);
        var bars = 0;
        for (var i = 0; i < drawn.Count; i++)
        {
            var row = drawn[i];
            var groupLeft = plotLeft + (i * bandWidth) + ((bandWidth - groupWidth) / 2);
            for (var s = 0; s < columns.Count; s++)
            {
                var cell = row.Values[columns[s]];
                var value = Value(cell);
                var x = groupLeft + (s * barWidth);
                var height = value is null ? 0 : Math.Max(0, value.Value) / maximum * plotHeight;
                if (value is not null)
                {
                    shapes.Add(new ChartBar(x + 1, plotBottom - height, Math.Max(barWidth - 2, 1), height, s, row.Label));
                    bars++;
                }

                var centre = x + (barWidth / 2);
                shapes.Add(Measure(cell.Display(), valueSize) > barWidth + 2
                    ? new ChartText(centre + (valueSize * 0.35), plotBottom - height - 4, cell.Display(), ChartTextRole.Value, ChartTextAnchor.Start, Vertical: true)
                    : new ChartText(centre, plotBottom - height - 4, cell.Display(), ChartTextRole.Value, ChartTextAnchor.Middle));
            }
        }

        var height1 = CategoryAxis(shapes, drawn, plotLeft, bandWidth, plotBottom);
        var description = DescribeOverTime(table, rows, drawn, columns, truncated, "Column chart");
        return new ChartLayout(ChartKind.Columns, Width, height1, table.Title, description, series, shapes, bars, truncated);
    }

    private static ChartLayout Lines(ReportTable table, List<ReportRow> rows, List<int> columns, List<ChartSeries> series)
    {
        var (drawn, truncated) = Latest(rows, MaxBars);
        var format = table.Columns[columns[0]].Format;
        var shapes = new List<ChartShape>();
        var valueSize = ChartStyle.FontSize(ChartTextRole.Value);
        var top = Legend(shapes, series, isLine: true) + valueSize + 10;

        var (maximum, step) = NiceAxis(drawn.SelectMany(r => columns.Select(c => Value(r.Values[c]) ?? 0)).DefaultIfEmpty(0).Max(), format);
        var plotLeft = TickLabelWidth(maximum, step, format) + Gap;
        var plotWidth = Width - plotLeft - Gap;
        var bandWidth = plotWidth / drawn.Count;
        const double plotHeight = 220;
        var plotBottom = top + plotHeight;
        AxisTicks(shapes, maximum, step, format, plotLeft, Width - Gap, top, plotHeight);

        var labelEveryPoint = columns.Count == 1 && drawn.Count <= 12;
        var lastLabels = new List<double>();
        for (var s = 0; s < columns.Count; s++)
        {
            var run = new List<ChartPoint>();
            for (var i = 0; i < drawn.Count; i++)
            {
                var cell = drawn[i].Values[columns[s]];
                var value = Value(cell);
                var x = plotLeft + (i * bandWidth) + (bandWidth / 2);
                if (value is null)
                {
                    Flush(shapes, run, s);
                    if (cell.IsSuppressed)
                    {
                        shapes.Add(new ChartText(x + (valueSize * 0.35), plotBottom - 4, cell.Display(), ChartTextRole.Value, ChartTextAnchor.Start, Vertical: true));
                    }

                    continue;
                }

                var y = plotBottom - (Math.Max(0, value.Value) / maximum * plotHeight);
                run.Add(new ChartPoint(x, y));
                shapes.Add(new ChartMarker(x, y, s));
                if (labelEveryPoint || i == drawn.Count - 1)
                {
                    // Series that end close together label their last points above and below, not on top of each other.
                    var labelY = y - 8;
                    if (i == drawn.Count - 1)
                    {
                        if (lastLabels.Any(other => Math.Abs(other - labelY) < valueSize + 2))
                        {
                            labelY = y + valueSize + 8;
                        }

                        lastLabels.Add(labelY);
                    }

                    shapes.Add(new ChartText(x, labelY, cell.Display(), ChartTextRole.Value, ChartTextAnchor.Middle));
                }
            }

            Flush(shapes, run, s);
        }

        var height = CategoryAxis(shapes, drawn, plotLeft, bandWidth, plotBottom);
        var description = DescribeOverTime(table, rows, drawn, columns, truncated, "Line chart");
        return new ChartLayout(ChartKind.Lines, Width, height, table.Title, description, series, shapes, 0, truncated);
    }

    private static void Flush(List<ChartShape> shapes, List<ChartPoint> run, int series)
    {
        if (run.Count > 1)
        {
            shapes.Insert(0, new ChartPolyline([.. run], series));
        }

        run.Clear();
    }

    /// <summary>A key for every series, wrapping onto more rows when needed; returns the y below it.</summary>
    private static double Legend(List<ChartShape> shapes, List<ChartSeries> series, bool isLine)
    {
        var size = ChartStyle.FontSize(ChartTextRole.Legend);
        double x = 0, y = 0;
        foreach (var s in series)
        {
            var text = Fit(s.Name, size, Width - 30);
            var width = 22 + Measure(text, size);
            if (x > 0 && x + width > Width)
            {
                x = 0;
                y += LegendRow;
            }

            shapes.Add(new ChartSwatch(x, y + 3, 16, s.Index, isLine));
            shapes.Add(new ChartText(x + 22, y + 16, text, ChartTextRole.Legend, ChartTextAnchor.Start));
            x += width + 20;
        }

        return y + LegendRow + 4;
    }

    private static void AxisTicks(List<ChartShape> shapes, double maximum, double step, ValueFormat format, double left, double right, double top, double height)
    {
        var size = ChartStyle.FontSize(ChartTextRole.Axis);
        foreach (var tick in Ticks(maximum, step))
        {
            var y = top + height - (tick / maximum * height);
            shapes.Add(new ChartRule(left, y, right, y, IsAxis: tick == 0));
            shapes.Add(new ChartText(left - 6, y + (size * 0.35), TickLabel(tick, format), ChartTextRole.Axis, ChartTextAnchor.End));
        }
    }

    /// <summary>Quarter labels under the axis, turned upright when they do not fit side by side; returns the chart's height.</summary>
    private static double CategoryAxis(List<ChartShape> shapes, List<ReportRow> drawn, double plotLeft, double bandWidth, double plotBottom)
    {
        var size = ChartStyle.FontSize(ChartTextRole.Category);
        var widest = drawn.Max(r => Measure(r.Label, size));
        var vertical = widest > bandWidth - 4;
        var longest = Math.Min(widest, 160);
        foreach (var (row, i) in drawn.Select((r, i) => (r, i)))
        {
            var centre = plotLeft + (i * bandWidth) + (bandWidth / 2);
            shapes.Add(vertical
                ? new ChartText(centre + (size * 0.35), plotBottom + 8, Fit(row.Label, size, longest), ChartTextRole.Category, ChartTextAnchor.End, Vertical: true)
                : new ChartText(centre, plotBottom + 20, row.Label, ChartTextRole.Category, ChartTextAnchor.Middle));
        }

        return plotBottom + (vertical ? longest + 16 : 30);
    }

    private static (List<ReportRow> Drawn, bool Truncated) Latest(List<ReportRow> rows, int allowed)
        => rows.Count > allowed ? (rows.Skip(rows.Count - allowed).ToList(), true) : (rows, false);

    private static double TickLabelWidth(double maximum, double step, ValueFormat format)
    {
        var size = ChartStyle.FontSize(ChartTextRole.Axis);
        var widest = 0d;
        foreach (var tick in Ticks(maximum, step))
        {
            widest = Math.Max(widest, Measure(TickLabel(tick, format), size));
        }

        return widest;
    }

    private static IEnumerable<double> Ticks(double maximum, double step)
    {
        var count = (int)Math.Round(maximum / step);
        for (var k = 0; k <= count; k++)
        {
            yield return k * step;
        }
    }

    private static string TickLabel(double tick, ValueFormat format) => format switch
    {
        ValueFormat.Share => (tick * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        ValueFormat.Count => tick.ToString("N0", EnGb),
        _ => tick.ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>Cuts a label to fit, with an ellipsis; the table beside the chart has it whole.</summary>
    private static string Fit(string text, double size, double width)
    {
        if (Measure(text, size) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && Measure(string.Concat(text.AsSpan(0, cut), "…"), size) > width)
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }

    /// <summary>
    /// Text measured in Helvetica, with room to spare: pages set it in the reader's system font,
    /// which may be wider (DejaVu Sans is about a tenth wider than Helvetica).
    /// </summary>
    private static double Measure(string text, double size) => Helvetica.Measure(text, size) * 1.15;

    /// <summary>The figure drawn, or null when it is withheld or missing.</summary>
    internal static double? Value(ReportValue value) => value.IsSuppressed || value.Number is null || double.IsNaN(value.Number.Value) ? null : value.Number;

    /// <summary>Orders rows by their figure; "fewer than 5" ranks below every shown figure of 5 or more, "withheld" and none last.</summary>
    private static double SortValue(ReportValue value) => value.Suppression switch
    {
        Suppression.Primary => 2.5,
        Suppression.Secondary => -1,
        _ => value.Number ?? -2,
    };

    private static string DescribeCategories(ReportTable table, List<ReportRow> rows, List<ReportRow> drawn, List<int> columns, bool truncated)
    {
        var parts = new List<string>();
        var what = string.Join(" and ", columns.Select(c => table.Columns[c].Heading));
        parts.Add($"Bar chart of {what} by {table.RowHeading.ToLower(EnGb)}.");
        foreach (var c in columns)
        {
            var largest = rows.Where(r => Value(r.Values[c]) is not null)
                .OrderByDescending(r => r.Values[c].Number).Take(3)
                .Select(r => $"{r.Label} ({r.Values[c].Display()})").ToList();
            var prefix = columns.Count > 1 ? $"{table.Columns[c].Heading}: largest" : "Largest";
            if (largest.Count > 0)
            {
                parts.Add($"{prefix}: {JoinWords(largest)}.");
            }

            parts.Add(Withheld(rows, c, "categories"));
        }

        if (truncated)
        {
            parts.Add($"The chart shows the {drawn.Count} largest of {rows.Count}; the table has them all.");
        }

        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static string DescribeOverTime(ReportTable table, List<ReportRow> rows, List<ReportRow> drawn, List<int> columns, bool truncated, string kind)
    {
        var parts = new List<string>
        {
            $"{kind} of {string.Join(" and ", columns.Select(c => table.Columns[c].Heading))}, {drawn[0].Label} to {drawn[^1].Label}.",
        };
        foreach (var c in columns)
        {
            var shown = drawn.Where(r => Value(r.Values[c]) is not null).ToList();
            if (shown.Count > 0)
            {
                var highest = shown.MaxBy(r => r.Values[c].Number)!;
                var lowest = shown.MinBy(r => r.Values[c].Number)!;
                parts.Add($"{table.Columns[c].Heading}: highest {highest.Values[c].Display()} in {highest.Label}, lowest {lowest.Values[c].Display()} in {lowest.Label}, latest {drawn[^1].Values[c].Display()} in {drawn[^1].Label}.");
            }

            parts.Add(Withheld(drawn, c, "periods"));
        }

        if (truncated)
        {
            parts.Add($"The chart shows the latest {drawn.Count} of {rows.Count}; the table has them all.");
        }

        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static string Withheld(List<ReportRow> rows, int column, string noun)
    {
        var fewer = rows.Count(r => r.Values[column].Suppression == Suppression.Primary);
        var withheld = rows.Count(r => r.Values[column].Suppression == Suppression.Secondary);
        var parts = new List<string>();
        if (fewer > 0)
        {
            parts.Add($"{fewer} {(fewer == 1 ? noun.TrimEnd('s').Replace("categorie", "category", StringComparison.Ordinal) : noun)} {(fewer == 1 ? "has" : "have")} fewer than 5");
        }

        if (withheld > 0)
        {
            parts.Add($"{withheld} {(withheld == 1 ? "figure is" : "figures are")} withheld so that totals do not reveal them");
        }

        return parts.Count == 0 ? string.Empty : char.ToUpperInvariant(parts[0][0]) + string.Join(" and ", parts)[1..] + ".";
    }

    private static string JoinWords(List<string> items) => items.Count switch
    {
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
