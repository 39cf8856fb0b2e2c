using System.Text;

namespace Beacon.Core.Text;

/// <summary>A row of a CSV file with its 1-based line number, for error messages that name the row.</summary>
public sealed record CsvRow(int LineNumber, IReadOnlyList<string> Fields);

public sealed class CsvFormatException(int lineNumber, string message) : FormatException(message)
{
    public int LineNumber { get; } = lineNumber;
}

/// <summary>
/// RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
/// Written here rather than taken as a package because the reference lists and the
/// national statistics are small, and imports need the row number of every fault.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<CsvRow> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var inQuotes = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }
                    field.Append(ch);
                }
                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0 && !fieldStarted:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case '"':
                    throw new CsvFormatException(line, $"Line {line}: a quote appears inside an unquoted field");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    if (!(fields.Count == 1 && fields[0].Length == 0))
                    {
                        yield return new CsvRow(rowStart, fields.ToArray());
                    }
                    fields.Clear();
                    line++;
                    rowStart = line;
                    break;
                default:
                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new CsvFormatException(rowStart, $"Line {rowStart}: a quoted field is not closed");
        }

        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            fields.Add(field.ToString());
            yield return new CsvRow(rowStart, fields.ToArray());
        }
    }
}
