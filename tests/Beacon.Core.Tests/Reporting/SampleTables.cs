using Beacon.Core.Reporting;

namespace Beacon.Core.Tests.Reporting;

/// <summary>Tables shaped like the area's picture's, with made-up figures.</summary>
internal static class SampleTables
{
    public static ReportTable ByExploitationType(params (string Label, ReportValue Value)[] rows)
    {
        var body = rows.Select(r => new ReportRow(r.Label, [r.Value])).ToList();
        body.Add(new ReportRow("Total", [ReportValue.Count(rows.Sum(r => (long)(r.Value.Number ?? 0)))], IsTotal: true));
        return new ReportTable(
            "referrals-by-exploitation-type",
            "NRM referrals by exploitation type",
            "Exploitation type",
            [new ReportColumn("NRM referrals", ValueFormat.Count)],
            body,
            Note: "Counts from 1 to 4 are shown as \"fewer than 5\".");
    }

    public static ReportTable Categories() => ByExploitationType(
        ("Labour exploitation", ReportValue.Count(42)),
        ("Sexual exploitation", ReportValue.Count(30)),
        ("Criminal exploitation", ReportValue.Count(12)),
        ("Domestic servitude", new ReportValue(3, null, ValueFormat.Count, Suppression.Primary)),
        ("Not specified or unknown", new ReportValue(7, null, ValueFormat.Count, Suppression.Secondary)));

    public static ReportTable ByQuarter(int quarters = 4, ChartKind chart = ChartKind.Columns)
    {
        var rows = new List<ReportRow>();
        for (var i = 0; i < quarters; i++)
        {
            var year = 2024 + (i / 4);
            rows.Add(new ReportRow($"Q{(i % 4) + 1} {year}",
            [
                ReportValue.Count(20 + (i * 3)),
                i == 1 ? new ReportValue(2, null, ValueFormat.Count, Suppression.Primary) : ReportValue.Count(5 + i),
                ReportValue.Count(3000 + (i * 10)) with { },
            ]));
        }

        return new ReportTable(
            "referrals-by-quarter",
            "NRM referrals and Duty to Notify reports by quarter",
            "Quarter",
            [
                new ReportColumn("NRM referrals", ValueFormat.Count),
                new ReportColumn("Duty to Notify reports", ValueFormat.Count),
                new ReportColumn("NRM referrals in England and Wales", ValueFormat.Count, IsPublished: true),
            ],
            rows,
            Chart: chart);
    }

    /// <summary>A table with <paramref name="count"/> categories, values falling from <paramref name="count"/> + 10.</summary>
    public static ReportTable Many(int count, string key = "nationality")
    {
        var rows = Enumerable.Range(1, count)
            .Select(i => new ReportRow($"Nationality {i:000}", [ReportValue.Count(count + 10 - i), ReportValue.Share((count + 10 - i) / 1000d)]))
            .ToList();
        return new ReportTable(key, $"NRM referrals by nationality ({key})", "Nationality",
            [new ReportColumn("NRM referrals", ValueFormat.Count), new ReportColumn("Share", ValueFormat.Share)], rows);
    }
}
