using System.Diagnostics;
using System.IO.Compression;
using Beacon.Core.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Beacon.Core.Tests.Reporting;

public class XlsxWriterTests
{
    private static readonly ReportTable Referrals = new(
        "referrals-by-team",
        "Referrals by team: [all] teams?",
        "Team",
        [
            new ReportColumn("Referrals", ValueFormat.Count),
            new ReportColumn("Share", ValueFormat.Share),
            new ReportColumn("Median days", ValueFormat.Days),
            new ReportColumn("England and Wales", ValueFormat.Count, IsPublished: true),
        ],
        [
            new ReportRow("=HYPERLINK(\"http://x\",\"North\")", [ReportValue.Count(1017), ReportValue.Share(0.42), ReportValue.Days(6.5), ReportValue.Count(17004)]),
            new ReportRow(" South ", [new ReportValue(null, null, ValueFormat.Count, Suppression.Primary), new ReportValue(null, null, ValueFormat.Share, Suppression.Secondary), ReportValue.None(ValueFormat.Days), ReportValue.Count(3)]),
            new ReportRow("Total", [ReportValue.Count(1020), ReportValue.Share(1), ReportValue.Days(6), ReportValue.Count(17007)], IsTotal: true),
        ],
        Note: "Counts from 1 to 4 are shown as \"fewer than 5\".\u0001");

    private static readonly ReportTable Quarters = new(
        "referrals-by-quarter",
        "NRM referrals and Duty to Notify reports by quarter and year, England",
        "Quarter",
        [new ReportColumn("NRM", ValueFormat.Count), new ReportColumn("Duty to Notify", ValueFormat.Count)],
        [new ReportRow("2024 Q1", [ReportValue.Count(12), ReportValue.Count(0)])]);

    [Fact]
    public void Write_Tables_IsAValidWorkbook()
    {
        using var stream = Write("Area picture", Referrals, Quarters, Quarters);
        using var document = SpreadsheetDocument.Open(stream, false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        errors.ShouldBeEmpty();
        document.PackageProperties.Title.ShouldBe("Area picture");
    }

    [Fact]
    public void Write_Tables_OneSheetPerTableWithSafeUniqueNames()
    {
        using var stream = Write("Area picture", Referrals, Quarters, Quarters);
        using var document = SpreadsheetDocument.Open(stream, false);

        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();

        names.ShouldBe(["Referrals by team all teams", "NRM referrals and Duty to Notif", "NRM referrals and Duty to N (2)"]);
        names.ShouldAllBe(n => n!.Length <= 31 && !n.Any(ch => "[]:*?/\\".Contains(ch)));
    }

    [Theory]
    [InlineData("", "Table")]
    [InlineData("  '[*]'  ", "Table")]
    [InlineData("history", "History table")]
    [InlineData("Referrals: by route / by year?", "Referrals by route by year")]
    [InlineData("'Quoted'", "Quoted")]
    public void SheetNames_Title_GivesAnAcceptableName(string title, string expected)
    {
        XlsxWriter.SheetNames([Quarters with { Title = title }]).Single().ShouldBe(expected);
    }

    [Fact]
    public void Write_Table_WritesTitleHeadingsNumbersAndWithheldWords()
    {
        using var stream = Write("Area picture", Referrals);
        using var document = SpreadsheetDocument.Open(stream, false);
        var (cells, formats) = Read(document, 0);

        cells["A1"].ShouldBe(("Referrals by team: [all] teams?", "inlineStr", (uint?)0));
        cells["A3"].Text.ShouldBe("Team");
        cells["E3"].Text.ShouldBe("England and Wales");
        cells["A4"].ShouldBe(("=HYPERLINK(\"http://x\",\"North\")", "inlineStr", (uint?)0));
        cells["B4"].ShouldBe(("1017", "n", (uint?)3));
        cells["C4"].ShouldBe(("0.42", "n", (uint?)9));
        cells["D4"].ShouldBe(("6.5", "n", (uint?)164));
        cells["E4"].ShouldBe(("17004", "n", (uint?)3));
        cells["A5"].Text.ShouldBe(" South ");
        cells["B5"].ShouldBe(("fewer than 5", "inlineStr", (uint?)0));
        cells["C5"].ShouldBe(("withheld", "inlineStr", (uint?)0));
        cells.ShouldNotContainKey("D5");
        cells["A8"].Text.ShouldBe("Counts from 1 to 4 are shown as \"fewer than 5\".");
        formats[164].ShouldBe("0.0");
        Bold(document, "A3").ShouldBeTrue();
        Bold(document, "A6").ShouldBeTrue();
        Bold(document, "A4").ShouldBeFalse();

        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        worksheet.Descendants<CellFormula>().ShouldBeEmpty();
        var pane = worksheet.Descendants<Pane>().Single();
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.ShouldBe(3);
        worksheet.Descendants<Column>().Select(c => c.Width!.Value).ShouldAllBe(w => w >= 10 && w <= 60);
    }

    [Fact]
    public void Write_SameInput_GivesIdenticalBytes()
    {
        using var first = Write("Area picture", Referrals, Quarters);
        using var second = Write("Area picture", Referrals, Quarters);

        first.ToArray().ShouldBe(second.ToArray());
        using var zip = new ZipArchive(first, ZipArchiveMode.Read);
        zip.Entries[0].FullName.ShouldBe("[Content_Types].xml");
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.Year == 2000);
    }

    [Fact]
    public void Write_TwoHundredRows_IsQuick()
    {
        var rows = Enumerable.Range(0, 200)
            .Select(i => new ReportRow($"Organisation {i}", [ReportValue.Count(i * 7), ReportValue.Share(i / 200.0), ReportValue.Days(i / 3.0), ReportValue.Count(i * 1000)]))
            .ToList();
        var table = Referrals with { Rows = rows };
        Write("Warm up", table).Dispose();

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            Write("Area picture", table).Dispose();
        }

        // Generous for a shared machine; on a quiet one this is about a millisecond.
        (clock.Elapsed.TotalMilliseconds / 20).ShouldBeLessThan(25);
    }

    private static bool Bold(SpreadsheetDocument document, string reference)
    {
        var workbook = document.WorkbookPart!;
        var cell = workbook.WorksheetParts.First().Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        return styles.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold is not null;
    }

    private static MemoryStream Write(string title, params ReportTable[] tables)
    {
        var stream = new MemoryStream();
        XlsxWriter.Write(stream, title, tables);
        stream.Position = 0;
        return stream;
    }

    private static (Dictionary<string, (string Text, string Type, uint? Format)> Cells, Dictionary<uint, string> Formats) Read(SpreadsheetDocument document, int sheet)
    {
        var workbook = document.WorkbookPart!;
        var sheetElement = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet);
        var part = (WorksheetPart)workbook.GetPartById(sheetElement.Id!.Value!);
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var xfs = styles.CellFormats!.Elements<CellFormat>().ToList();
        var formats = styles.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);

        var cells = part.Worksheet.Descendants<Cell>().ToDictionary(
            c => c.CellReference!.Value!,
            c =>
            {
                var inline = c.DataType?.Value == CellValues.InlineString;
                var text = inline ? c.InlineString!.Text!.Text : c.CellValue!.Text;
                uint? format = xfs[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId!.Value;
                return (text, inline ? "inlineStr" : "n", format);
            });
        return (cells, formats);
    }
}
