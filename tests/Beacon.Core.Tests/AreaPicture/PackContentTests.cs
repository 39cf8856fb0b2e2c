using Beacon.Core.AreaPicture;
using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Reporting;
using Beacon.Core.Tests.Reporting;

namespace Beacon.Core.Tests.AreaPicture;

public class PackContentTests
{
    private static readonly ReportTable Table = new(
        "referrals-by-quarter",
        "NRM referrals and Duty to Notify reports by quarter",
        "Quarter",
        [new("NRM referrals", ValueFormat.Count), new("Share", ValueFormat.Share), new("Median days", ValueFormat.Days), new("Note", ValueFormat.Text), new("National", ValueFormat.Count, IsPublished: true), new("Total", ValueFormat.Count, IsTotal: true)],
        [
            new("Q1 2025", [ReportValue.Count(1017), ReportValue.Share(0.425), ReportValue.Days(6.5), ReportValue.Of("as published"), ReportValue.Count(4_300), ReportValue.Count(1017)]),
            new("Q2 2025", [new ReportValue(null, null, ValueFormat.Count, Suppression.Primary), ReportValue.Share(null), ReportValue.None(ValueFormat.Days), ReportValue.Of(null), ReportValue.Count(4_100), new ReportValue(null, null, ValueFormat.Count, Suppression.Secondary)]),
            new("Total", [ReportValue.Count(1020), ReportValue.Share(1), ReportValue.Days(7), ReportValue.Of("Total"), ReportValue.Count(8_400), ReportValue.Count(1020)], IsTotal: true),
        ],
        "Counted in the quarter the referral was made.",
        ChartKind.Columns);

    private static PackContent Content() => new(
        2,
        "Modern slavery: victims sub-group pack, Q1 2025",
        PackKind.VictimsSubGroupQuarterly,
        BoardPack.KindName(PackKind.VictimsSubGroupQuarterly),
        BoardPack.PeriodLabel(new Quarter(2025, 1), new Quarter(2025, 1)),
        "Northshire",
        null,
        Audience.OutsideThePartnership,
        BoardPack.AudienceMarking(Audience.OutsideThePartnership),
        new DateTimeOffset(2025, 4, 10, 9, 30, 0, TimeSpan.Zero),
        "Sam Coordinator",
        [new("Summary", "Referrals rose (by a third).\n\nMost were labour exploitation – see below."), new("Emerging risks and themes", string.Empty)],
        [new(Guid.Parse("0193a1b2-0000-7000-8000-000000000001"), "Write to car washes", "Licensing", new DateOnly(2025, 6, 30), PackActionStatus.InProgress)],
        [new PackSection("referrals", "Referrals and reports", [Table])]);

    [Fact]
    public void ToJson_RoundTrip_KeepsEveryTableValueAndWritesTheSameJson()
    {
        var json = Content().ToJson();

        var read = PackContent.FromJson(json);

        read.ToJson().ShouldBe(json);
        var table = read.Sections.Single().Tables.Single();
        table.Key.ShouldBe(Table.Key);
        table.Chart.ShouldBe(ChartKind.Columns);
        table.Note.ShouldBe(Table.Note);
        table.Columns.ShouldBe(Table.Columns);
        for (var r = 0; r < Table.Rows.Count; r++)
        {
            table.Rows[r].Label.ShouldBe(Table.Rows[r].Label);
            table.Rows[r].IsTotal.ShouldBe(Table.Rows[r].IsTotal);
            table.Rows[r].Values.ShouldBe(Table.Rows[r].Values);
            table.Rows[r].Values.Select(v => v.Display()).ShouldBe(Table.Rows[r].Values.Select(v => v.Display()));
        }

        read.Actions.ShouldBe(Content().Actions);
        read.Narrative.ShouldBe(Content().Narrative);
        read.GeneratedAt.ShouldBe(Content().GeneratedAt);
        read.Audience.ShouldBe(Audience.OutsideThePartnership);
        json.ShouldContain("\"Suppression\":\"Primary\"");
    }

    [Fact]
    public void Render_SameContent_SameBytesAndAPdfWithTheMarkingNarrativeActionsAndTables()
    {
        var first = PackPdf.Render(Content());
        var second = PackPdf.Render(PackContent.FromJson(Content().ToJson()));

        second.ShouldBe(first);
        PdfTools.Check(first);
        var text = PdfTools.Text(first);
        text.ShouldContain("OFFICIAL: figures from 1 to 4 suppressed");
        text.ShouldContain("Page 1 of");
        text.ShouldContain("Referrals rose (by a third).");
        text.ShouldContain("Write to car washes (owner: Licensing; due: 30 June 2025; in progress)");
        text.ShouldContain("fewer than 5");
        text.ShouldContain("NRM referrals and Duty to Notify reports by quarter");
    }

    [Theory]
    [InlineData(PackKind.VictimsSubGroupQuarterly, "2025-q3", "2025-q3", true)]
    [InlineData(PackKind.VictimsSubGroupQuarterly, "2025-q2", "2025-q3", false)]
    [InlineData(PackKind.BoardHalfYearly, "2024-q4", "2025-q1", true)]
    [InlineData(PackKind.BoardHalfYearly, "2025-q2", "2025-q3", true)]
    [InlineData(PackKind.BoardHalfYearly, "2025-q1", "2025-q2", false)]
    [InlineData(PackKind.BoardHalfYearly, "2025-q3", "2025-q4", false)]
    public void IsPeriod_QuarterOrHalfYearEndingMarchOrSeptember(PackKind kind, string from, string to, bool expected)
    {
        Quarter.TryParse(from, out var f).ShouldBeTrue();
        Quarter.TryParse(to, out var t).ShouldBeTrue();

        BoardPackService.IsPeriod(kind, f, t).ShouldBe(expected);
    }
}
