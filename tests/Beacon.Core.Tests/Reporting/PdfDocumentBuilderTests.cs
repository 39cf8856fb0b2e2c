using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Beacon.Core.Reporting;
using Beacon.Core.Reporting.Pdf;

namespace Beacon.Core.Tests.Reporting;

public partial class PdfDocumentBuilderTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 31, 17, 5, 9, TimeSpan.Zero);

    private static readonly string LongParagraph = string.Join(' ', Enumerable.Range(1, 150).Select(i => $"word{i:000}"));

    private static PdfDocumentBuilder Pack() => new PdfDocumentBuilder("Victims sub-group pack")
    {
        Subtitle = "October to December 2025",
        Marking = "OFFICIAL-SENSITIVE",
        CreatedAt = Created,
    }
        .Heading(1, "Referrals")
        .Paragraph("Referrals rose in the quarter.")
        .Chart(SampleTables.Categories())
        .Table(SampleTables.Categories())
        .Heading(2, "By quarter")
        .Table(SampleTables.ByQuarter())
        .Heading(3, "Notes on the figures")
        .Bullets(["First point", "Second point, long enough to wrap onto a second line of the list because it goes on and on about the figures and what they mean"])
        .Paragraph(LongParagraph)
        .PageBreak()
        .Heading(1, "Decisions")
        .Table(SampleTables.Many(80));

    [Fact]
    public void Build_Pack_IsAPdf17WhoseCrossReferencesPointAtTheirObjects()
    {
        var pdf = Pack().Build();
        var raw = Encoding.Latin1.GetString(pdf);

        raw.ShouldStartWith("%PDF-1.7\n");
        raw.ShouldEndWith("%%EOF\n");
        var startXref = int.Parse(StartXref().Match(raw).Groups[1].Value, CultureInfo.InvariantCulture);
        raw.Substring(startXref, 4).ShouldBe("xref");
        var header = XrefHeader().Match(raw, startXref);
        var count = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = XrefEntry().Matches(raw, startXref).Take(count).ToList();
        entries.Count.ShouldBe(count);
        for (var i = 1; i < count; i++)
        {
            entries[i].Groups[3].Value.ShouldBe("n");
            var offset = int.Parse(entries[i].Groups[1].Value, CultureInfo.InvariantCulture);
            raw.Substring(offset, $"{i} 0 obj".Length).ShouldBe($"{i} 0 obj");
        }

        raw.ShouldContain("/Lang (en-GB)");
        raw.ShouldContain("/DisplayDocTitle true");
        raw.ShouldContain("/Producer (Beacon)");
        raw.ShouldContain("/CreationDate (D:20260331170509Z)");
        raw.ShouldContain("/ID [<");
    }

    [Fact]
    public void Build_Pack_QpdfFindsNoErrors()
    {
        var output = PdfTools.Check(Pack().Build());

        output.ShouldContain("No syntax or stream encoding errors found");
        output.ShouldNotContain("WARNING", Case.Insensitive);
        output.ShouldNotContain("error:", Case.Insensitive);
    }

    [Fact]
    public void Build_Pack_InfoHasTheTitlePagesAndTagging()
    {
        var pdf = Pack().Build();
        var info = PdfTools.Info(pdf);

        info.ShouldContain("Title:           Victims sub-group pack");
        info.ShouldContain("Producer:        Beacon");
        info.ShouldContain("Tagged:          yes");
        info.ShouldContain("Page size:       595.28 x 841.89 pts (A4)");
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        pages.ShouldBeGreaterThanOrEqualTo(3);
        Regex.Count(Encoding.Latin1.GetString(pdf), @"/Type /Page\b").ShouldBe(pages);
    }

    [Fact]
    public void Build_Pack_TextReadsInOrderWithTableCellsAndWords()
    {
        var text = PdfTools.Text(Pack().Build());

        Order(text, "Victims sub-group pack", "October to December 2025", "Referrals", "Referrals rose in the quarter.",
            "NRM referrals by exploitation type", "Exploitation type", "Labour exploitation", "Domestic servitude", "Total",
            "By quarter", "Notes on the figures", "First point", "Second point", "word001", "Decisions");
        Lines(text).ShouldContain(l => l.Contains("Labour exploitation", StringComparison.Ordinal) && l.TrimEnd().EndsWith("42", StringComparison.Ordinal));
        Lines(text).ShouldContain(l => l.Contains("Domestic servitude", StringComparison.Ordinal) && l.TrimEnd().EndsWith("fewer than 5", StringComparison.Ordinal));
        Lines(text).ShouldContain(l => l.Contains("Not specified or unknown", StringComparison.Ordinal) && l.TrimEnd().EndsWith("withheld", StringComparison.Ordinal));
        Lines(text).ShouldContain(l => l.TrimStart().StartsWith("Total", StringComparison.Ordinal) && l.TrimEnd().EndsWith("94", StringComparison.Ordinal));
        text.ShouldContain("Counts from 1 to 4 are shown as \"fewer than 5\".");
    }

    [Fact]
    public void Build_LongParagraph_WrapsEveryWordInReadingOrder()
    {
        var text = PdfTools.Text(Pack().Build());

        var words = WordToken().Matches(text).Select(m => m.Value).ToList();
        words.ShouldBe(Enumerable.Range(1, 150).Select(i => $"word{i:000}"));
        Lines(text).Count(l => l.Contains("word", StringComparison.Ordinal)).ShouldBeGreaterThan(3);
        Lines(text).Where(l => l.Contains("word", StringComparison.Ordinal)).ShouldAllBe(l => l.Length < 120);
    }

    [Fact]
    public void Build_LongTable_RepeatsItsHeaderOnEveryPageItSpans()
    {
        var text = PdfTools.Text(Pack().Build());

        var pages = text.Split('\f').Where(p => p.Contains("Nationality 0", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var page in pages)
        {
            var header = page.IndexOf("Nationality  ", StringComparison.Ordinal);
            header.ShouldBeGreaterThanOrEqualTo(0, page);
            header.ShouldBeLessThan(page.IndexOf("Nationality 0", StringComparison.Ordinal));
            Lines(page).ShouldContain(l => l.Contains("Nationality", StringComparison.Ordinal) && l.Contains("NRM referrals", StringComparison.Ordinal) && l.Contains("Share", StringComparison.Ordinal));
        }

        var rows = Regex.Matches(text, @"Nationality (\d{3})").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        rows.ShouldBe(Enumerable.Range(1, 80));
    }

    [Fact]
    public void Build_EveryPage_HasItsNumberAndTheMarking()
    {
        var text = PdfTools.Text(Pack().Build());

        var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].ShouldContain($"Page {i + 1} of {pages.Count}");
            Regex.Count(pages[i], "OFFICIAL-SENSITIVE").ShouldBe(2);
        }
    }

    [Fact]
    public void Build_TextOutsideWindows1252_IsAQuestionMarkAndParenthesesSurvive()
    {
        var pdf = new PdfDocumentBuilder("Caf\u00e9 (draft)") { CreatedAt = Created }
            .Paragraph("Caf\u00e9 \u2014 \u00a35 \u2713 (note) back\\slash \u201cquoted\u201d \u20ac")
            .Build();

        PdfTools.Check(pdf);
        PdfTools.Text(pdf).ShouldContain("Caf\u00e9 \u2014 \u00a35 ? (note) back\\slash \u201cquoted\u201d \u20ac");
        PdfTools.Info(pdf).ShouldContain("Title:           Caf\u00e9 (draft)");
    }

    [Fact]
    public void Build_Headings_AreBookmarkedAtLevelsOneAndTwo()
    {
        var raw = Encoding.Latin1.GetString(Pack().Build());

        raw.ShouldContain("/PageMode /UseOutlines");
        Regex.Count(raw, @"/Dest \[").ShouldBe(3); // Referrals, By quarter (under Referrals), Decisions
        raw.ShouldContain("/Title " + Utf16("By quarter"));
        raw.ShouldNotContain(Utf16("Notes on the figures"));
    }

    [Fact]
    public void Build_Pack_IsTaggedWithHeadingsTablesAndFigures()
    {
        var pdf = Pack().Build();
        var raw = Encoding.Latin1.GetString(pdf);

        raw.ShouldContain("/MarkInfo << /Marked true >>");
        raw.ShouldContain("/StructTreeRoot");
        foreach (var role in new[] { "Document", "H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "Caption", "TR", "TH", "TD", "Figure" })
        {
            raw.ShouldContain($"/S /{role} ");
        }

        raw.ShouldContain("/A << /O /Table /Scope /Column >>");
        var structure = PdfTools.Structure(pdf);
        structure.ShouldContain("Figure");
        structure.ShouldContain("\"Labour exploitation\"");
        structure.ShouldContain("\"fewer than 5\"");
        Decompressed(pdf).ShouldContain("/TD << /MCID ");
    }

    [Fact]
    public void Build_WideAndEmptyTables_StayOnThePageAndCheckClean()
    {
        var wide = new ReportTable("wide", "Referrals by age at exploitation and gender", "Exploitation type",
            [.. Enumerable.Range(1, 10).Select(i => new ReportColumn($"Column heading number {i}", ValueFormat.Count))],
            [new ReportRow("A row label long enough to need wrapping in a narrow column", [.. Enumerable.Range(1, 10).Select(i => ReportValue.Count(i * 1000))])]);
        var empty = new ReportTable("empty", "Nothing to show", "Quarter", [new ReportColumn("NRM referrals", ValueFormat.Count)], []);

        var pdf = new PdfDocumentBuilder("Edge cases") { CreatedAt = Created }.Table(wide).Chart(wide).Table(empty).Chart(empty).Build();

        PdfTools.Check(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain("10,000");
        text.ShouldContain("Nothing to show");
    }

    [Fact]
    public void Build_HeadingBeforeATableThatDoesNotFit_MovesToThePageOfTheTable()
    {
        var builder = new PdfDocumentBuilder("Keep together") { CreatedAt = Created };
        builder.Paragraph(string.Join('\n', Enumerable.Range(1, 40).Select(i => $"Filler line {i}")));
        builder.Heading(2, "Nationalities").Table(SampleTables.Many(5)).Chart(SampleTables.Many(5)).Chart(SampleTables.Many(5));

        var pages = PdfTools.Text(builder.Build()).Split('\f');

        pages[0].ShouldContain("Filler line 40"); // leaves about 90 points: room for the heading and three lines, not for the table's start
        pages[0].ShouldNotContain("Nationalities");
        pages[1].ShouldContain("Nationalities");
        pages[1].IndexOf("Nationalities", StringComparison.Ordinal).ShouldBeLessThan(pages[1].IndexOf("Nationality 001", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SameDocumentTwice_SameBytes()
    {
        Pack().Build().ShouldBe(Pack().Build());
    }

    [Fact]
    public void Build_TwentyPagePack_TakesTensOfMilliseconds()
    {
        static PdfDocumentBuilder Big()
        {
            var builder = new PdfDocumentBuilder("Board report") { Marking = "OFFICIAL", CreatedAt = Created };
            for (var i = 0; i < 30; i++)
            {
                builder.Heading(i % 3 == 0 ? 1 : 2, $"Section {i}").Paragraph(LongParagraph[..400]);
                var table = i % 2 == 0 ? SampleTables.Many(12, $"t{i}") : SampleTables.ByQuarter(8);
                if (i < 20)
                {
                    builder.Chart(table);
                }

                builder.Table(table);
            }

            return builder;
        }

        var pdf = Big().Build();

        // How long it takes is the benchmark's business; that it holds together at this size is the test's.
        var pages = int.Parse(PagesLine().Match(PdfTools.Info(pdf)).Groups[1].Value, CultureInfo.InvariantCulture);
        pages.ShouldBeGreaterThanOrEqualTo(20);
        PdfTools.Check(pdf);
    }

    private static void Order(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, at, StringComparison.Ordinal);
            next.ShouldBeGreaterThanOrEqualTo(0, $"'{part}' should come after position {at}");
            at = next + part.Length;
        }
    }

    private static string[] Lines(string text) => text.Split('\n');

    private static string Utf16(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>Every content stream, inflated.</summary>
    private static string Decompressed(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var text = new StringBuilder();
        foreach (Match match in Regex.Matches(raw, @"/Length (\d+) /Filter /FlateDecode >>\nstream\n"))
        {
            var start = match.Index + match.Length;
            var length = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            using var zlib = new ZLibStream(new MemoryStream(pdf, start, length), CompressionMode.Decompress);
            using var reader = new StreamReader(zlib, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\n0 (\d+)\n")]
    private static partial Regex XrefHeader();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf]) \n")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"word\d{3}")]
    private static partial Regex WordToken();
}
