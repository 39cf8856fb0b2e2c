using Beacon.Core.Text;

namespace Beacon.Core.Tests.Text;

public class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-SUM(A1)", "'-SUM(A1)")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cell_Value_IsQuotedAndNeverAFormula(string? value, string expected)
    {
        CsvWriter.Cell(value).ShouldBe(expected);
    }

    [Fact]
    public void Line_ReadBack_GivesTheSameCells()
    {
        var line = CsvWriter.Line(["a", null, "b,c", "=d"]);

        line.ShouldBe("a,,\"b,c\",'=d\r\n");
        CsvReader.Read(new StringReader(line)).Single().Fields.ShouldBe(["a", "", "b,c", "'=d"]);
    }
}
