using Beacon.Core.Text;

namespace Beacon.Core.Tests.Text;

public class CsvReaderTests
{
    private static List<CsvRow> Read(string text) => CsvReader.Read(new StringReader(text)).ToList();

    [Fact]
    public void Read_QuotedFieldWithComma_KeepsOneField()
    {
        var rows = Read("name\n\"Bournemouth, Christchurch and Poole Council\"\nBedfordshire Police\n");

        rows.Count.ShouldBe(3);
        rows[1].Fields.ShouldBe(["Bournemouth, Christchurch and Poole Council"]);
        rows[2].Fields.ShouldBe(["Bedfordshire Police"]);
    }

    [Fact]
    public void Read_DoubledQuotesAndLineBreakInsideQuotes_Unescapes()
    {
        var rows = Read("a,b\r\n\"say \"\"hello\"\"\",\"two\nlines\"\r\nnext,row");

        rows[1].Fields.ShouldBe(["say \"hello\"", "two\nlines"]);
        rows[2].LineNumber.ShouldBe(4);
        rows[2].Fields.ShouldBe(["next", "row"]);
    }

    [Fact]
    public void Read_EmptyFields_AreKept()
    {
        Read("a,,c\n,,\n")[1].Fields.ShouldBe(["", "", ""]);
    }

    [Fact]
    public void Read_UnclosedQuote_ThrowsNamingTheLine()
    {
        var error = Should.Throw<CsvFormatException>(() => Read("name\nok\n\"broken,\nrow"));

        error.LineNumber.ShouldBe(3);
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_ThrowsNamingTheLine()
    {
        var error = Should.Throw<CsvFormatException>(() => Read("name\nab\"c\n"));

        error.LineNumber.ShouldBe(2);
    }

    [Fact]
    public void Read_BlankLines_AreSkipped()
    {
        Read("a\n\nb\n").Select(r => r.Fields[0]).ShouldBe(["a", "b"]);
    }
}
