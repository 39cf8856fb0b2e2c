using System.Globalization;
using Beacon.Core.Text;

namespace Beacon.Core.Reporting;

/// <summary>
/// A <see cref="ReportTable"/> as CSV: the heading row, one line per row, then a blank line and the
/// note. Figures are written for a spreadsheet to read: counts as plain integers ("1017"), shares as
/// whole percentages ("42%", which spreadsheets read as 0.42), days to one decimal place ("6.5"),
/// withheld figures as their words ("fewer than 5", "withheld") and a missing figure as an empty
/// field. Labels go through <see cref="CsvWriter"/> so none can become a formula.
/// </summary>
public static class ReportCsv
{
    public static void Write(TextWriter writer, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        writer.Write(CsvWriter.Line([table.RowHeading, .. table.Columns.Select(c => c.Heading)]));
        var cells = new string?[table.Columns.Count + 1];
        foreach (var row in table.Rows)
        {
            cells[0] = row.Label;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                cells[c + 1] = c < row.Values.Count ? Field(row.Values[c]) : null;
            }

            writer.Write(CsvWriter.Line(cells));
        }

        if (!string.IsNullOrWhiteSpace(table.Note))
        {
            writer.Write("\r\n");
            writer.Write(CsvWriter.Line([table.Note]));
        }
    }

    public static string Write(ReportTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, table);
        return writer.ToString();
    }

    private static string? Field(ReportValue value)
    {
        if (value.IsSuppressed || value.Format == ValueFormat.Text)
        {
            return value.Display();
        }

        if (value.Number is not { } number)
        {
            return null;
        }

        return value.Format switch
        {
            ValueFormat.Count => Math.Round(number, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture),
            ValueFormat.Share => Math.Round(number * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%",
            ValueFormat.Days => number.ToString("0.0", CultureInfo.InvariantCulture),
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
    }
}
