namespace Beacon.Core.Text;

/// <summary>
/// RFC 4180 writer for exports that people open in a spreadsheet. A cell that a spreadsheet would
/// run as a formula (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe,
/// so text someone typed into Beacon cannot become a formula on an auditor's computer.
/// </summary>
public static class CsvWriter
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny("\",\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    public static string Line(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return string.Join(',', cells.Select(Cell)) + "\r\n";
    }
}
