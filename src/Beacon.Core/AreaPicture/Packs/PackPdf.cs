using System.Globalization;
using System.Text;
using Beacon.Core.Audit;
using Beacon.Core.Reporting;

namespace Beacon.Core.AreaPicture.Packs;

/// <summary>
/// Draws a frozen pack as a PDF: A4, headings, the narrative, the actions and every table, the
/// marking and page numbers in each footer. The same content always makes the same bytes.
/// </summary>
/// <remarks>
/// A plain text layout with the standard Helvetica fonts, enough to issue and print a pack; the
/// place to switch to the shared PDF builder (tables with repeated headers, charts) is
/// <see cref="Render"/> alone.
/// </remarks>
public static class PackPdf
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Margin = 56;
    private const double FooterHeight = 40;

    public static byte[] Render(PackContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var layout = new Layout();
        layout.Text(content.Marking, 9, bold: true);
        layout.Space(6);
        layout.Text(content.KindName, 11);
        layout.Text(content.Title, 20, bold: true);
        layout.Text($"{content.PeriodLabel}. {content.AreaName}{(content.OrganisationName is { } o ? ", " + o : "")}.", 11);
        layout.Text($"Version {content.Number.ToString(CultureInfo.InvariantCulture)}, made {UkTime.ToUk(content.GeneratedAt).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"))} by {content.GeneratedBy}.", 10);
        layout.Space(10);

        foreach (var section in content.Narrative)
        {
            layout.Text(section.Heading, 14, bold: true);
            foreach (var paragraph in (string.IsNullOrWhiteSpace(section.Text) ? "Not written." : section.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
            {
                layout.Text(paragraph.Replace('\n', ' '), 10);
                layout.Space(4);
            }

            layout.Space(6);
        }

        layout.Text("Actions arising", 14, bold: true);
        if (content.Actions.Count == 0)
        {
            layout.Text("None.", 10);
        }

        foreach (var action in content.Actions)
        {
            layout.Text($"- {action.Action} (owner: {action.Owner}; due: {PackContent.DueText(action.Due)}; {PackContent.StatusName(action.Status).ToLowerInvariant()})", 10);
        }

        foreach (var section in content.Sections)
        {
            layout.Space(10);
            layout.Text(section.Heading, 16, bold: true);
            foreach (var table in section.Tables)
            {
                Table(layout, table);
            }
        }

        return layout.Write(content.Marking);
    }

    private static void Table(Layout layout, ReportTable table)
    {
        layout.Space(6);
        layout.Text(table.Title, 12, bold: true);
        if (table.IsEmpty)
        {
            layout.Text("None in this period.", 10);
            return;
        }

        var widths = new double[table.Columns.Count + 1];
        var available = PageWidth - (2 * Margin);
        widths[0] = table.Columns.Count == 0 ? available : Math.Max(available * 0.4, available - (table.Columns.Count * 70));
        for (var c = 1; c < widths.Length; c++)
        {
            widths[c] = (available - widths[0]) / table.Columns.Count;
        }

        var header = new[] { table.RowHeading }.Concat(table.Columns.Select(c => c.Heading)).ToArray();
        layout.Row(header, widths, 8, bold: true);
        foreach (var row in table.Rows)
        {
            layout.Row([row.Label, .. row.Values.Take(table.Columns.Count).Select(v => v.Display())], widths, 9, row.IsTotal, () => layout.Row(header, widths, 8, bold: true));
        }

        if (table.Note is { Length: > 0 } note)
        {
            layout.Space(2);
            layout.Text(note, 8);
        }
    }

    private sealed class Layout
    {
        private readonly List<StringBuilder> pages = [];
        private StringBuilder page = null!;
        private double y;

        public Layout() => NewPage();

        public void Space(double points) => y -= points;

        public void Text(string text, double size, bool bold = false)
        {
            foreach (var line in Wrap(text, size, PageWidth - (2 * Margin)))
            {
                Need(size * 1.35);
                y -= size * 1.35;
                Draw(Margin, y, line, size, bold);
            }
        }

        /// <summary>One table row; each cell wraps in its column. Starting a new page repeats the header.</summary>
        public void Row(string[] cells, double[] widths, double size, bool bold = false, Action? repeatHeader = null)
        {
            var wrapped = cells.Select((c, i) => Wrap(c, size, widths[i] - 6)).ToList();
            var height = (wrapped.Max(w => w.Count) * size * 1.3) + 4;
            if (y - height < Margin + FooterHeight)
            {
                NewPage();
                repeatHeader?.Invoke();
            }

            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var lineY = y - (size * 1.3);
                foreach (var line in wrapped[i])
                {
                    var textX = i == 0 ? x : x + widths[i] - 6 - Width(line, size);
                    Draw(textX, lineY, line, size, bold);
                    lineY -= size * 1.3;
                }

                x += widths[i];
            }

            y -= height;
            page.Append(CultureInfo.InvariantCulture, $"0.7 G 0.5 w {F(Margin)} {F(y + 1)} m {F(PageWidth - Margin)} {F(y + 1)} l S 0 G\n");
        }

        public byte[] Write(string marking)
        {
            var objects = new List<string>
            {
                "<< /Type /Catalog /Pages 2 0 R >>",
                string.Empty,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            };
            var kids = new List<int>();
            for (var i = 0; i < pages.Count; i++)
            {
                var footer = new StringBuilder();
                var number = $"Page {i + 1} of {pages.Count}";
                AppendText(footer, Margin, Margin - 20, marking, 8, bold: true);
                AppendText(footer, PageWidth - Margin - Width(number, 8), Margin - 20, number, 8, bold: false);
                var stream = pages[i] + footer.ToString();
                objects.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Length {Latin1(stream).Length} >>\nstream\n{stream}endstream"));
                var contentId = objects.Count;
                objects.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {F(PageWidth)} {F(PageHeight)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {contentId} 0 R >>"));
                kids.Add(objects.Count);
            }

            objects[1] = string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => k + " 0 R"))}] /Count {kids.Count} >>");

            using var output = new MemoryStream();
            void Put(string s)
            {
                var bytes = Latin1(s);
                output.Write(bytes, 0, bytes.Length);
            }

            Put("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
            var offsets = new List<long>();
            for (var i = 0; i < objects.Count; i++)
            {
                offsets.Add(output.Position);
                Put(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n"));
            }

            var xref = output.Position;
            var table = new StringBuilder();
            table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
            {
                table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
            }

            table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            Put(table.ToString());
            return output.ToArray();
        }

        private void Need(double height)
        {
            if (y - height < Margin + FooterHeight)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            page = new StringBuilder();
            pages.Add(page);
            y = PageHeight - Margin;
        }

        private void Draw(double x, double atY, string text, double size, bool bold) => AppendText(page, x, atY, text, size, bold);

        private static void AppendText(StringBuilder to, double x, double atY, string text, double size, bool bold) =>
            to.Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {F(size)} Tf {F(x)} {F(atY)} Td ({Escape(text)}) Tj ET\n");

        private static List<string> Wrap(string text, double size, double width)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Width(candidate, size) > width)
                {
                    lines.Add(line.ToString());
                    line.Clear().Append(word);
                }
                else
                {
                    line.Clear().Append(candidate);
                }
            }

            lines.Add(line.ToString());
            return lines;
        }

        /// <summary>Helvetica's widths, near enough to wrap and right-align: narrow, wide and average glyphs.</summary>
        private static double Width(string text, double size) =>
            text.Sum(c => c switch
            {
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'I' => 0.25,
                ' ' or 'f' or 't' or 'r' or '(' or ')' or '-' => 0.33,
                'm' or 'w' or 'M' or 'W' or '%' => 0.85,
                >= 'A' and <= 'Z' => 0.68,
                _ => 0.56,
            }) * size;

        private static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(c switch
                {
                    '(' => "\\(",
                    ')' => "\\)",
                    '\\' => "\\\\",
                    '\u2013' or '\u2014' => "-",
                    '\u2018' or '\u2019' => "'",
                    '\u201c' or '\u201d' => "\"",
                    < ' ' => " ",
                    > '\u00ff' => "?",
                    _ => c.ToString(),
                });
            }

            return builder.ToString();
        }

        private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

        private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
