using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Beacon.Core.Reporting;

/// <summary>
/// A minimal Office Open XML workbook (XLSX) of report tables, one worksheet per table: the title in
/// A1, the headings in row 3 (frozen), the rows, then the note. Numbers are numbers with a number
/// format (counts "#,##0", shares "0%", days "0.0"); every text, including a withheld figure's words,
/// is an inline string, so nothing in a label can ever be read as a formula. Identical input gives
/// identical bytes (fixed entry timestamps, no creation date).
/// </summary>
public static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const int HeadingRow = 3;
    private const int MaxSheetName = 31;

    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private enum Style
    {
        Default = 0,
        Title = 1,
        Heading = 2,
        Count = 3,
        Share = 4,
        Days = 5,
        Withheld = 6,
    }

    public static void Write(Stream output, string title, IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one table.", nameof(tables));
        }

        var names = SheetNames(tables);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        Part(zip, "[Content_Types].xml", x =>
        {
            x.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(x, "xml", "application/xml");
            Override(x, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(x, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= tables.Count; i++)
            {
                Override(x, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            Override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            x.WriteEndElement();
        });

        Part(zip, "_rels/.rels", x =>
        {
            x.WriteStartElement("Relationships", PackageRelationships);
            Relationship(x, "rId1", Relationships + "/officeDocument", "xl/workbook.xml");
            Relationship(x, "rId2", PackageRelationships + "/metadata/core-properties", "docProps/core.xml");
            x.WriteEndElement();
        });

        Part(zip, "docProps/core.xml", x =>
        {
            x.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
            x.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            x.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", Clean(title));
            x.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", "Beacon");
            x.WriteEndElement();
        });

        Part(zip, "xl/workbook.xml", x =>
        {
            x.WriteStartElement("workbook", Main);
            x.WriteAttributeString("xmlns", "r", null, Relationships);
            x.WriteStartElement("sheets", Main);
            for (var i = 0; i < tables.Count; i++)
            {
                x.WriteStartElement("sheet", Main);
                x.WriteAttributeString("name", names[i]);
                x.WriteAttributeString("sheetId", Number(i + 1));
                x.WriteAttributeString("id", Relationships, $"rId{i + 1}");
                x.WriteEndElement();
            }

            x.WriteEndElement();
            x.WriteEndElement();
        });

        Part(zip, "xl/_rels/workbook.xml.rels", x =>
        {
            x.WriteStartElement("Relationships", PackageRelationships);
            for (var i = 1; i <= tables.Count; i++)
            {
                Relationship(x, $"rId{i}", Relationships + "/worksheet", $"worksheets/sheet{i}.xml");
            }

            Relationship(x, $"rId{tables.Count + 1}", Relationships + "/styles", "styles.xml");
            x.WriteEndElement();
        });

        Part(zip, "xl/styles.xml", WriteStyles);

        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var selected = i == 0;
            Part(zip, $"xl/worksheets/sheet{i + 1}.xml", x => WriteSheet(x, table, selected));
        }
    }

    /// <summary>
    /// Sheet names from the tables' titles: without the characters Excel refuses ([ ] : * ? / \),
    /// at most 31 characters, not Excel's own "History", unique regardless of case ("Title (2)" for a
    /// repeat).
    /// </summary>
    public static IReadOnlyList<string> SheetNames(IReadOnlyList<ReportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(tables.Count);
        foreach (var table in tables)
        {
            var builder = new StringBuilder();
            foreach (var ch in Clean(table.Title))
            {
                if (ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(ch))
                {
                    continue;
                }

                builder.Append(ch);
            }

            var stem = Collapse(builder.ToString()).Trim('\'', ' ');
            if (stem.Length == 0)
            {
                stem = "Table";
            }
            else if (stem.Equals("History", StringComparison.OrdinalIgnoreCase))
            {
                // Excel keeps this name for itself.
                stem = "History table";
            }

            var name = Fit(stem, string.Empty);
            for (var n = 2; !used.Add(name); n++)
            {
                name = Fit(stem, $" ({n})");
            }

            names.Add(name);
        }

        return names;
    }

    private static string Fit(string stem, string suffix)
    {
        var room = MaxSheetName - suffix.Length;
        if (stem.Length > room)
        {
            stem = stem[..room];
            if (char.IsHighSurrogate(stem[^1]))
            {
                stem = stem[..^1];
            }

            stem = stem.TrimEnd('\'', ' ');
        }

        return stem + suffix;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static void WriteSheet(XmlWriter x, ReportTable table, bool selected)
    {
        var columnCount = table.Columns.Count + 1;
        var letters = new string[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            letters[c] = ColumnLetters(c);
        }

        var widths = new int[columnCount];
        widths[0] = table.RowHeading.Length;
        for (var c = 1; c < columnCount; c++)
        {
            widths[c] = table.Columns[c - 1].Heading.Length;
        }

        foreach (var row in table.Rows)
        {
            widths[0] = Math.Max(widths[0], row.Label.Length);
            for (var c = 0; c < row.Values.Count && c + 1 < columnCount; c++)
            {
                var value = row.Values[c];
                widths[c + 1] = Math.Max(widths[c + 1], value.IsSuppressed || value.Format == ValueFormat.Text ? value.Display().Length : 8);
            }
        }

        var lastRow = HeadingRow + table.Rows.Count;
        var noteRow = string.IsNullOrWhiteSpace(table.Note) ? 0 : lastRow + 2;

        x.WriteStartElement("worksheet", Main);
        x.WriteStartElement("dimension", Main);
        x.WriteAttributeString("ref", $"A1:{letters[^1]}{Number(Math.Max(lastRow, noteRow))}");
        x.WriteEndElement();

        x.WriteStartElement("sheetViews", Main);
        x.WriteStartElement("sheetView", Main);
        if (selected)
        {
            x.WriteAttributeString("tabSelected", "1");
        }

        x.WriteAttributeString("workbookViewId", "0");
        x.WriteStartElement("pane", Main);
        x.WriteAttributeString("ySplit", Number(HeadingRow));
        x.WriteAttributeString("topLeftCell", $"A{HeadingRow + 1}");
        x.WriteAttributeString("activePane", "bottomLeft");
        x.WriteAttributeString("state", "frozen");
        x.WriteEndElement();
        x.WriteStartElement("selection", Main);
        x.WriteAttributeString("pane", "bottomLeft");
        x.WriteAttributeString("activeCell", $"A{HeadingRow + 1}");
        x.WriteAttributeString("sqref", $"A{HeadingRow + 1}");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteStartElement("cols", Main);
        for (var c = 0; c < columnCount; c++)
        {
            x.WriteStartElement("col", Main);
            x.WriteAttributeString("min", Number(c + 1));
            x.WriteAttributeString("max", Number(c + 1));
            x.WriteAttributeString("width", Number(Math.Clamp(widths[c] + 2, 10, c == 0 ? 60 : 40)));
            x.WriteAttributeString("customWidth", "1");
            x.WriteEndElement();
        }

        x.WriteEndElement();

        x.WriteStartElement("sheetData", Main);
        StartRow(x, 1);
        Text(x, "A1", table.Title, Style.Title);
        x.WriteEndElement();

        StartRow(x, HeadingRow);
        var headingNumber = Number(HeadingRow);
        Text(x, letters[0] + headingNumber, table.RowHeading, Style.Heading);
        for (var c = 1; c < columnCount; c++)
        {
            Text(x, letters[c] + headingNumber, table.Columns[c - 1].Heading, Style.Heading);
        }

        x.WriteEndElement();

        var rowNumber = HeadingRow;
        foreach (var row in table.Rows)
        {
            rowNumber++;
            var number = Number(rowNumber);
            StartRow(x, rowNumber);
            Text(x, letters[0] + number, row.Label, row.IsTotal ? Style.Heading : Style.Default);
            for (var c = 0; c < row.Values.Count && c + 1 < columnCount; c++)
            {
                Value(x, letters[c + 1] + number, row.Values[c]);
            }

            x.WriteEndElement();
        }

        if (noteRow > 0)
        {
            StartRow(x, noteRow);
            Text(x, $"A{Number(noteRow)}", table.Note, Style.Default);
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Value(XmlWriter x, string reference, ReportValue value)
    {
        if (value.IsSuppressed)
        {
            Text(x, reference, value.Display(), Style.Withheld);
            return;
        }

        if (value.Format == ValueFormat.Text)
        {
            Text(x, reference, value.Text, Style.Default);
            return;
        }

        if (value.Number is not { } number || !double.IsFinite(number))
        {
            return;
        }

        x.WriteStartElement("c", Main);
        x.WriteAttributeString("r", reference);
        x.WriteAttributeString("s", ((int)(value.Format switch
        {
            ValueFormat.Count => Style.Count,
            ValueFormat.Share => Style.Share,
            ValueFormat.Days => Style.Days,
            _ => Style.Default,
        })).ToString(CultureInfo.InvariantCulture));
        x.WriteElementString("v", Main, number.ToString("R", CultureInfo.InvariantCulture));
        x.WriteEndElement();
    }

    private static void Text(XmlWriter x, string reference, string? text, Style style)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        x.WriteStartElement("c", Main);
        x.WriteAttributeString("r", reference);
        if (style != Style.Default)
        {
            x.WriteAttributeString("s", ((int)style).ToString(CultureInfo.InvariantCulture));
        }

        x.WriteAttributeString("t", "inlineStr");
        x.WriteStartElement("is", Main);
        x.WriteStartElement("t", Main);
        var clean = Clean(text);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
        {
            x.WriteAttributeString("xml", "space", null, "preserve");
        }

        x.WriteString(clean);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void StartRow(XmlWriter x, int number)
    {
        x.WriteStartElement("row", Main);
        x.WriteAttributeString("r", Number(number));
    }

    private static void WriteStyles(XmlWriter x)
    {
        x.WriteStartElement("styleSheet", Main);

        x.WriteStartElement("numFmts", Main);
        x.WriteAttributeString("count", "1");
        x.WriteStartElement("numFmt", Main);
        x.WriteAttributeString("numFmtId", "164");
        x.WriteAttributeString("formatCode", "0.0");
        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteStartElement("fonts", Main);
        x.WriteAttributeString("count", "3");
        Font(x, bold: false, size: 11);
        Font(x, bold: true, size: 11);
        Font(x, bold: true, size: 14);
        x.WriteEndElement();

        x.WriteStartElement("fills", Main);
        x.WriteAttributeString("count", "2");
        foreach (var pattern in (string[])["none", "gray125"])
        {
            x.WriteStartElement("fill", Main);
            x.WriteStartElement("patternFill", Main);
            x.WriteAttributeString("patternType", pattern);
            x.WriteEndElement();
            x.WriteEndElement();
        }

        x.WriteEndElement();

        x.WriteStartElement("borders", Main);
        x.WriteAttributeString("count", "1");
        x.WriteStartElement("border", Main);
        foreach (var side in (string[])["left", "right", "top", "bottom", "diagonal"])
        {
            x.WriteStartElement(side, Main);
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteStartElement("cellStyleXfs", Main);
        x.WriteAttributeString("count", "1");
        Xf(x, numberFormat: 0, font: 0, rightAligned: false, master: false);
        x.WriteEndElement();

        // In the order of Style: default, title, heading, count (#,##0), share (0%), days (0.0), withheld (right-aligned text).
        x.WriteStartElement("cellXfs", Main);
        x.WriteAttributeString("count", "7");
        Xf(x, numberFormat: 0, font: 0, rightAligned: false);
        Xf(x, numberFormat: 0, font: 2, rightAligned: false);
        Xf(x, numberFormat: 0, font: 1, rightAligned: false);
        Xf(x, numberFormat: 3, font: 0, rightAligned: false);
        Xf(x, numberFormat: 9, font: 0, rightAligned: false);
        Xf(x, numberFormat: 164, font: 0, rightAligned: false);
        Xf(x, numberFormat: 0, font: 0, rightAligned: true);
        x.WriteEndElement();

        x.WriteStartElement("cellStyles", Main);
        x.WriteAttributeString("count", "1");
        x.WriteStartElement("cellStyle", Main);
        x.WriteAttributeString("name", "Normal");
        x.WriteAttributeString("xfId", "0");
        x.WriteAttributeString("builtinId", "0");
        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteEndElement();
    }

    private static void Font(XmlWriter x, bool bold, int size)
    {
        x.WriteStartElement("font", Main);
        if (bold)
        {
            x.WriteStartElement("b", Main);
            x.WriteEndElement();
        }

        x.WriteStartElement("sz", Main);
        x.WriteAttributeString("val", Number(size));
        x.WriteEndElement();
        x.WriteStartElement("name", Main);
        x.WriteAttributeString("val", "Arial");
        x.WriteEndElement();
        x.WriteStartElement("family", Main);
        x.WriteAttributeString("val", "2");
        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void Xf(XmlWriter x, int numberFormat, int font, bool rightAligned, bool master = true)
    {
        x.WriteStartElement("xf", Main);
        x.WriteAttributeString("numFmtId", Number(numberFormat));
        x.WriteAttributeString("fontId", Number(font));
        x.WriteAttributeString("fillId", "0");
        x.WriteAttributeString("borderId", "0");
        if (master)
        {
            x.WriteAttributeString("xfId", "0");
            if (numberFormat != 0)
            {
                x.WriteAttributeString("applyNumberFormat", "1");
            }

            if (font != 0)
            {
                x.WriteAttributeString("applyFont", "1");
            }

            if (rightAligned)
            {
                x.WriteAttributeString("applyAlignment", "1");
            }
        }

        if (rightAligned)
        {
            x.WriteStartElement("alignment", Main);
            x.WriteAttributeString("horizontal", "right");
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        using var x = XmlWriter.Create(entry.Open(), Settings);
        x.WriteStartDocument(standalone: true);
        write(x);
        x.WriteEndDocument();
    }

    private static void Default(XmlWriter x, string extension, string contentType)
    {
        x.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        x.WriteAttributeString("Extension", extension);
        x.WriteAttributeString("ContentType", contentType);
        x.WriteEndElement();
    }

    private static void Override(XmlWriter x, string partName, string contentType)
    {
        x.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        x.WriteAttributeString("PartName", partName);
        x.WriteAttributeString("ContentType", contentType);
        x.WriteEndElement();
    }

    private static void Relationship(XmlWriter x, string id, string type, string target)
    {
        x.WriteStartElement("Relationship", PackageRelationships);
        x.WriteAttributeString("Id", id);
        x.WriteAttributeString("Type", type);
        x.WriteAttributeString("Target", target);
        x.WriteEndElement();
    }

    private static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text without characters XML 1.0 cannot carry (control characters, unpaired surrogates).</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsXml(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool IsXml(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
