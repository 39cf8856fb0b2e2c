using Beacon.Core.Reporting;
using Beacon.Core.Text;

namespace Beacon.Core.Tests.Reporting;

public class ReportCsvTests
{
    [Fact]
    public void Write_Table_WritesHeadingsRowsAndNote()
    {
        var table = new ReportTable(
            "referrals-by-team",
            "Referrals by team",
            "Team",
            [
                new ReportColumn("Referrals", ValueFormat.Count),
                new ReportColumn("Share", ValueFormat.Share),
                new ReportColumn("Median days, to decision", ValueFormat.Days),
                new ReportColumn("Notes", ValueFormat.Text),
            ],
            [
                new ReportRow("North", [ReportValue.Count(1017), ReportValue.Share(0.4243), ReportValue.Days(6.5), ReportValue.Of("ok")]),
                new ReportRow("South", [ReportValue.Count(3) with { Suppression = Suppression.Primary }, ReportValue.Share(0.01) with { Suppression = Suppression.Secondary }, ReportValue.None(ValueFormat.Days), ReportValue.Of(null)]),
                new ReportRow("Total", [ReportValue.Count(1020), ReportValue.Share(1), ReportValue.Days(6), ReportValue.Of("a, \"b\"")], IsTotal: true),
            ],
            Note: "Counts from 1 to 4 are shown as \"fewer than 5\".");

        ReportCsv.Write(table).ShouldBe(
            "Team,Referrals,Share,\"Median days, to decision\",Notes\r\n"
            + "North,1017,42%,6.5,ok\r\n"
            + "South,fewer than 5,withheld,,\r\n"
            + "Total,1020,100%,6.0,\"a, \"\"b\"\"\"\r\n"
            + "\r\n"
            + "\"Counts from 1 to 4 are shown as \"\"fewer than 5\"\".\"\r\n");
    }

    [Fact]
    public void Write_LabelsThatLookLikeFormulas_AreNeverFormulas()
    {
        var table = new ReportTable(
            "t",
            "T",
            "=Heading",
            [new ReportColumn("+Count", ValueFormat.Count), new ReportColumn("Text", ValueFormat.Text)],
            [new ReportRow("=HYPERLINK(\"http://x\",\"y\")", [ReportValue.Count(5), ReportValue.Of("@SUM(A1)")])],
            Note: "-1 note");

        var rows = CsvReader.Read(new StringReader(ReportCsv.Write(table))).Select(r => r.Fields).ToList();

        rows[0].ShouldBe(["'=Heading", "'+Count", "Text"]);
        rows[1].ShouldBe(["'=HYPERLINK(\"http://x\",\"y\")", "5", "'@SUM(A1)"]);
        rows.Last().ShouldBe(["'-1 note"]);
    }

    [Fact]
    public void Write_NoNote_EndsAfterTheLastRow()
    {
        var table = new ReportTable("t", "T", "Quarter", [new ReportColumn("Referrals", ValueFormat.Count)], [new ReportRow("2024 Q1", [ReportValue.Count(12345)])]);

        ReportCsv.Write(table).ShouldBe("Quarter,Referrals\r\n2024 Q1,12345\r\n");
    }
}
