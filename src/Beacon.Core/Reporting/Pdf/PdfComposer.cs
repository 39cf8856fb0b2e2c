using System.Globalization;
using System.Text;
using Beacon.Core.Reporting.Charts;

namespace Beacon.Core.Reporting.Pdf;

/// <summary>
/// Lays a document out on A4 pages, top to bottom, and writes each piece of text inside a
/// marked-content sequence of its structure element, so that the structure tree reads in order.
/// Rules, backgrounds, footers and repeated table headers are artifacts.
/// </summary>
internal sealed class PdfComposer(string language)
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    private const double Margin = 56.69;
    private const double BottomMargin = 64;
    private const double ContentWidth = PageWidth - (2 * Margin);
    private const double BodySize = 10.5;
    private const double BodyLeading = 14.5;
    private const double TableSize = 9.5;
    private const double TableLeading = 12;
    private const double CellPadding = 4;

    private const string TextColour = "#0b0c0c";
    private const string SecondaryColour = "#505a5f";
    private const string RuleColour = "#b1b4b6";

    private readonly List<PdfPage> pages = [];
    private readonly StructElement document = new("Document", null);
    private readonly List<OutlineEntry> outline = [];
    private PdfPage page = null!;
    private double y;

    private PdfPage Page => page ?? NewPage();

    public void TitleBlock(string title, string? subtitle)
    {
        var heading = document.Child("H1");
        foreach (var line in Wrap(title, 24, bold: true, ContentWidth))
        {
            Line(heading, line, Margin, 24, 30, bold: true, TextColour);
        }

        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            y -= 2;
            var p = document.Child("P");
            foreach (var line in Wrap(subtitle, 14, bold: false, ContentWidth))
            {
                Line(p, line, Margin, 14, 19, bold: false, SecondaryColour);
            }
        }

        y -= 12;
    }

    /// <param name="keepWith">The height of what follows that must stay on the heading's page (a table's caption, header and first row; a chart).</param>
    public void Heading(int level, string text, double keepWith)
    {
        var (size, before) = level switch
        {
            1 => (18d, 18d),
            2 => (15d, 14d),
            _ => (12.5d, 10d),
        };
        var leading = size * 1.25;
        var lines = Wrap(text, size, bold: true, ContentWidth);
        if (!Fits(before + (lines.Count * leading) + 4 + keepWith))
        {
            NewPage();
        }
        else if (!AtTopOfPage)
        {
            y -= before;
        }

        if (level <= 2)
        {
            outline.Add(new OutlineEntry(level, text, pages.Count - 1, y + 4));
        }

        var element = document.Child("H" + level.ToString(CultureInfo.InvariantCulture));
        foreach (var line in lines)
        {
            Line(element, line, Margin, size, leading, bold: true, TextColour);
        }

        y -= 4;
    }

    public void Paragraph(string text)
    {
        var p = document.Child("P");
        foreach (var line in Wrap(text, BodySize, bold: false, ContentWidth))
        {
            Line(p, line, Margin, BodySize, BodyLeading, bold: false, TextColour);
        }

        y -= 8;
    }

    public void Bullets(IReadOnlyList<string> items)
    {
        var list = document.Child("L");
        const double indent = 16;
        foreach (var item in items)
        {
            var listItem = list.Child("LI");
            var lines = Wrap(item, BodySize, bold: false, ContentWidth - indent);
            for (var i = 0; i < lines.Count; i++)
            {
                EnsureSpace(BodyLeading);
                if (i == 0)
                {
                    Marked(listItem.Child("Lbl"), () => TextAt(Margin + 4, Baseline(BodySize), "\u2022", BodySize, bold: false, TextColour));
                }

                var body = i == 0 ? listItem.Child("LBody") : listItem.Kids.OfType<StructElement>().Last();
                Marked(body, () => TextAt(Margin + indent, Baseline(BodySize), lines[i], BodySize, bold: false, TextColour));
                y -= BodyLeading;
            }

            y -= 3;
        }

        y -= 6;
    }

    /// <summary>What a table needs on one page to start: its caption, header row and first row.</summary>
    public static double TableStart(ReportTable table)
    {
        var widths = ColumnWidths(table);
        var caption = Wrap(table.Title, 11, bold: true, ContentWidth);
        var firstRow = table.Rows.Count > 0 ? RowHeight(BodyCells(table, table.Rows[0], widths)) : 0;
        return (caption.Count * 14) + 6 + RowHeight(HeaderCells(table, widths)) + firstRow;
    }

    /// <summary>The height of a chart with its title.</summary>
    public static double ChartHeight(ChartLayout chart)
    {
        var titleHeight = (Wrap(chart.Title, 11, bold: true, ContentWidth).Count * 14) + 6;
        var usable = PageHeight - Margin - BottomMargin - titleHeight;
        return titleHeight + (chart.Height * Math.Min(ContentWidth / chart.Width, usable / chart.Height));
    }

    /// <summary>Three lines of body text, or all of a shorter paragraph.</summary>
    public static double ParagraphStart(string text) => Math.Min(3, Wrap(text, BodySize, bold: false, ContentWidth).Count) * BodyLeading;

    public void Table(ReportTable table)
    {
        var widths = ColumnWidths(table);
        var element = document.Child("Table");
        var caption = Wrap(table.Title, 11, bold: true, ContentWidth);
        var header = HeaderCells(table, widths);
        if (!Fits(TableStart(table)))
        {
            NewPage();
        }

        var captionElement = element.Child("Caption");
        foreach (var line in caption)
        {
            Line(captionElement, line, Margin, 11, 14, bold: true, TextColour);
        }

        y -= 6;
        var headerRow = element.Child("TR");
        DrawRow(header, widths, headerRow, isHeader: true);
        foreach (var row in table.Rows)
        {
            var cells = BodyCells(table, row, widths);
            if (!Fits(RowHeight(cells)))
            {
                NewPage();
                DrawRow(header, widths, null, isHeader: true);
            }

            DrawRow(cells, widths, element.Child("TR"), isHeader: false);
        }

        y -= 6;
        if (!string.IsNullOrWhiteSpace(table.Note))
        {
            var note = document.Child("P");
            foreach (var line in Wrap(table.Note, 8.5, bold: false, ContentWidth))
            {
                Line(note, line, Margin, 8.5, 11, bold: false, SecondaryColour);
            }
        }

        y -= 10;
    }

    public void Chart(ChartLayout chart)
    {
        var titleLines = Wrap(chart.Title, 11, bold: true, ContentWidth);
        var titleHeight = (titleLines.Count * 14) + 6;
        var usable = PageHeight - Margin - BottomMargin - titleHeight;
        var scale = Math.Min(ContentWidth / chart.Width, usable / chart.Height);
        if (!Fits(ChartHeight(chart)))
        {
            NewPage();
        }

        var figure = document.Child("Figure");
        figure.Alt = chart.Title + ". " + chart.Description;
        var top = y - titleHeight;
        Marked(figure, () =>
        {
            var lineTop = y;
            foreach (var line in titleLines)
            {
                TextAt(Margin, lineTop - (11 * 0.78) - 1, line, 11, bold: true, TextColour);
                lineTop -= 14;
            }

            PdfChart.Draw(Page.Content, chart, Margin, top, scale);
        });
        y = top - (chart.Height * scale) - 14;
    }

    public void PageBreak()
    {
        if (page is not null && !AtTopOfPage)
        {
            NewPage();
        }
    }

    public byte[] Write(string title, string? marking, DateTimeOffset createdAt)
    {
        _ = Page;
        for (var i = 0; i < pages.Count; i++)
        {
            Footer(pages[i], i + 1, pages.Count, marking);
        }

        var file = new PdfFile();
        var catalog = file.Reserve();
        var pageTree = file.Reserve();
        var regular = file.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var bold = file.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        var date = PdfFile.Date(createdAt);
        var info = file.Add($"<< /Title {PdfFile.TextString(title)} /Producer (Beacon) /Creator (Beacon) /CreationDate {date} /ModDate {date} >>");

        foreach (var p in pages)
        {
            p.Id = file.Reserve();
        }

        var structRoot = file.Reserve();
        AssignIds(document, file);
        for (var i = 0; i < pages.Count; i++)
        {
            var p = pages[i];
            var content = file.Reserve();
            file.SetStream(content, string.Empty, Encoding.Latin1.GetBytes(p.Content.ToString()));
            file.Set(p.Id, string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox [0 0 {PdfFile.Number(PageWidth)} {PdfFile.Number(PageHeight)}] /Resources << /Font << /F1 {regular} 0 R /F2 {bold} 0 R >> >> /Contents {content} 0 R /StructParents {i} /Tabs /S >>"));
        }

        file.Set(pageTree, $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select(p => p.Id + " 0 R"))}] /Count {pages.Count} >>");
        WriteElements(document, structRoot, file);
        var parentTree = new StringBuilder("<< /Nums [");
        for (var i = 0; i < pages.Count; i++)
        {
            parentTree.Append(CultureInfo.InvariantCulture, $"{i} [{string.Join(' ', pages[i].Marked.Select(e => e.Id + " 0 R"))}] ");
        }

        var parentTreeId = file.Add(parentTree.Append("] >>").ToString());
        file.Set(structRoot, $"<< /Type /StructTreeRoot /K {document.Id} 0 R /ParentTree {parentTreeId} 0 R /ParentTreeNextKey {pages.Count} >>");

        var outlines = WriteOutline(file);
        file.Set(catalog,
            $"<< /Type /Catalog /Pages {pageTree} 0 R /Lang {PdfFile.LiteralString(language)} /ViewerPreferences << /DisplayDocTitle true >> /MarkInfo << /Marked true >> /StructTreeRoot {structRoot} 0 R"
            + (outlines is null ? string.Empty : $" /Outlines {outlines} 0 R /PageMode /UseOutlines") + " >>");
        return file.Write(catalog, info);
    }

    private int? WriteOutline(PdfFile file)
    {
        if (outline.Count == 0)
        {
            return null;
        }

        var top = new List<OutlineNode>();
        foreach (var entry in outline)
        {
            var node = new OutlineNode(entry) { Id = file.Reserve() };
            if (entry.Level == 2 && top.Count > 0 && top[^1].Entry.Level == 1)
            {
                top[^1].Children.Add(node);
            }
            else
            {
                top.Add(node);
            }
        }

        var root = file.Reserve();
        WriteOutlineItems(file, top, root);
        var count = top.Count + top.Sum(n => n.Children.Count);
        file.Set(root, $"<< /Type /Outlines /First {top[0].Id} 0 R /Last {top[^1].Id} 0 R /Count {count} >>");
        return root;
    }

    private void WriteOutlineItems(PdfFile file, List<OutlineNode> nodes, int parent)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var body = new StringBuilder();
            body.Append(CultureInfo.InvariantCulture,
                $"<< /Title {PdfFile.TextString(node.Entry.Text)} /Parent {parent} 0 R /Dest [{pages[node.Entry.Page].Id} 0 R /XYZ 0 {PdfFile.Number(node.Entry.Top)} null]");
            if (i > 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" /Prev {nodes[i - 1].Id} 0 R");
            }

            if (i < nodes.Count - 1)
            {
                body.Append(CultureInfo.InvariantCulture, $" /Next {nodes[i + 1].Id} 0 R");
            }

            if (node.Children.Count > 0)
            {
                body.Append(CultureInfo.InvariantCulture, $" /First {node.Children[0].Id} 0 R /Last {node.Children[^1].Id} 0 R /Count {node.Children.Count}");
                WriteOutlineItems(file, node.Children, node.Id);
            }

            file.Set(node.Id, body.Append(" >>").ToString());
        }
    }

    private static void AssignIds(StructElement element, PdfFile file)
    {
        element.Id = file.Reserve();
        foreach (var child in element.Kids.OfType<StructElement>())
        {
            AssignIds(child, file);
        }
    }

    private static void WriteElements(StructElement element, int parent, PdfFile file)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<< /Type /StructElem /S /{element.Role} /P {parent} 0 R /K [");
        foreach (var kid in element.Kids)
        {
            switch (kid)
            {
                case StructElement child:
                    body.Append(CultureInfo.InvariantCulture, $"{child.Id} 0 R ");
                    WriteElements(child, element.Id, file);
                    break;
                case MarkedContent marked:
                    body.Append(CultureInfo.InvariantCulture, $"<< /Type /MCR /Pg {marked.Page.Id} 0 R /MCID {marked.Id} >> ");
                    break;
            }
        }

        body.Append(']');
        if (element.Alt is not null)
        {
            body.Append(" /Alt ").Append(PdfFile.TextString(element.Alt));
        }

        if (element.Scope is not null)
        {
            body.Append(" /A << /O /Table /Scope /").Append(element.Scope).Append(" >>");
        }

        file.Set(element.Id, body.Append(" >>").ToString());
    }

    private static void Footer(PdfPage target, int number, int count, string? marking)
    {
        var content = target.Content;
        content.Append("/Artifact << /Type /Pagination /Subtype /Footer >> BDC\n");
        var text = string.Create(CultureInfo.InvariantCulture, $"Page {number} of {count}");
        Text(content, PageWidth - Margin - Helvetica.Measure(text, 8.5), 34, text, 8.5, bold: false, SecondaryColour);
        if (!string.IsNullOrWhiteSpace(marking))
        {
            var width = Helvetica.Measure(marking, 9, bold: true);
            Text(content, (PageWidth - width) / 2, 34, marking, 9, bold: true, TextColour);
            Text(content, (PageWidth - width) / 2, PageHeight - 32, marking, 9, bold: true, TextColour);
        }

        content.Append("EMC\n");
    }

    /// <param name="row">The row's element, or null for a header repeated on a new page (an artifact: the structure has it once).</param>
    private void DrawRow(List<Cell> cells, double[] widths, StructElement? row, bool isHeader)
    {
        var height = RowHeight(cells);
        var content = Page.Content;
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var cellX = x;
            var width = widths[i];
            void Draw()
            {
                var baseline = y - CellPadding - (TableSize * 0.78);
                foreach (var line in cell.Lines)
                {
                    var lineX = cell.RightAligned ? cellX + width - CellPadding - Helvetica.Measure(line, TableSize, cell.Bold) : cellX + CellPadding;
                    TextAt(lineX, baseline, line, TableSize, cell.Bold, TextColour);
                    baseline -= TableLeading;
                }
            }

            if (row is null)
            {
                content.Append("/Artifact << /Type /Pagination >> BDC\n");
                Draw();
                content.Append("EMC\n");
            }
            else
            {
                var element = row.Child(isHeader || i == 0 ? "TH" : "TD");
                if (isHeader || i == 0)
                {
                    element.Scope = isHeader ? "Column" : "Row";
                }

                Marked(element, Draw);
            }

            x += width;
        }

        y -= height;
        content.Append("/Artifact BMC\n");
        var weight = isHeader ? 1.0 : 0.5;
        content.Append(CultureInfo.InvariantCulture,
            $"q {Colour(isHeader ? TextColour : RuleColour)} RG {PdfFile.Number(weight)} w {PdfFile.Number(Margin)} {PdfFile.Number(y)} m {PdfFile.Number(Margin + widths.Sum())} {PdfFile.Number(y)} l S Q\n");
        content.Append("EMC\n");
    }

    private static double RowHeight(List<Cell> cells) => (cells.Max(c => c.Lines.Count) * TableLeading) + (2 * CellPadding);

    private static List<Cell> HeaderCells(ReportTable table, double[] widths)
    {
        var cells = new List<Cell> { new(Wrap(table.RowHeading, TableSize, true, widths[0] - (2 * CellPadding)), Bold: true, RightAligned: false) };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var numeric = table.Columns[i].Format != ValueFormat.Text;
            cells.Add(new Cell(Wrap(table.Columns[i].Heading, TableSize, true, widths[i + 1] - (2 * CellPadding)), Bold: true, RightAligned: numeric));
        }

        return cells;
    }

    private static List<Cell> BodyCells(ReportTable table, ReportRow row, double[] widths)
    {
        var cells = new List<Cell> { new(Wrap(row.Label, TableSize, row.IsTotal, widths[0] - (2 * CellPadding)), row.IsTotal, RightAligned: false) };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var value = i < row.Values.Count ? row.Values[i] : ReportValue.None(table.Columns[i].Format);
            var numeric = table.Columns[i].Format != ValueFormat.Text;
            cells.Add(new Cell(Wrap(value.Display(), TableSize, row.IsTotal, widths[i + 1] - (2 * CellPadding)), row.IsTotal, numeric));
        }

        return cells;
    }

    /// <summary>
    /// Figures' columns are as wide as their widest figure or heading word (and the heading whole,
    /// up to a limit, when there is room); the row labels take the rest.
    /// </summary>
    private static double[] ColumnWidths(ReportTable table)
    {
        var count = table.Columns.Count;
        var least = new double[count];
        var wanted = new double[count];
        for (var i = 0; i < count; i++)
        {
            var column = table.Columns[i];
            var values = table.Rows.Select(r => i < r.Values.Count ? Helvetica.Measure(r.Values[i].Display(), TableSize, r.IsTotal) : 0).DefaultIfEmpty(0).Max();
            var word = column.Heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Helvetica.Measure(w, TableSize, true)).DefaultIfEmpty(0).Max();
            least[i] = Math.Max(values, word) + (2 * CellPadding);
            wanted[i] = Math.Max(least[i], Math.Min(Helvetica.Measure(column.Heading, TableSize, true), 100) + (2 * CellPadding));
        }

        var labels = table.Rows.Select(r => Helvetica.Measure(r.Label, TableSize, r.IsTotal)).Append(Helvetica.Measure(table.RowHeading, TableSize, true)).Max() + (2 * CellPadding);
        var figures = ContentWidth - Math.Min(labels, ContentWidth * 0.3) >= wanted.Sum() ? wanted : least;
        var rest = ContentWidth - figures.Sum();
        if (rest < ContentWidth * 0.2)
        {
            var shrink = ContentWidth * 0.8 / figures.Sum();
            figures = [.. figures.Select(w => w * shrink)];
            rest = ContentWidth * 0.2;
        }

        return [rest, .. figures];
    }

    private void Line(StructElement element, string text, double x, double size, double leading, bool bold, string colour)
    {
        EnsureSpace(leading);
        Marked(element, () => TextAt(x, Baseline(size), text, size, bold, colour));
        y -= leading;
    }

    private double Baseline(double size) => y - (size * 0.78) - 1;

    private void TextAt(double x, double baseline, string text, double size, bool bold, string colour)
        => Text(Page.Content, x, baseline, text, size, bold, colour);

    internal static void Text(StringBuilder content, double x, double baseline, string text, double size, bool bold, string colour)
    {
        if (text.Length == 0)
        {
            return;
        }

        content.Append(CultureInfo.InvariantCulture,
            $"BT /{(bold ? "F2" : "F1")} {PdfFile.Number(size)} Tf {Colour(colour)} rg {PdfFile.Number(x)} {PdfFile.Number(baseline)} Td ");
        AppendString(content, text);
        content.Append(" Tj ET\n");
    }

    /// <summary>A literal string of WinAnsi bytes (one char per byte; the stream is written as Latin-1), with ( ) \ escaped.</summary>
    internal static void AppendString(StringBuilder content, string text)
    {
        content.Append('(');
        foreach (var b in Helvetica.ToWinAnsi(text))
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                content.Append('\\');
            }

            content.Append((char)b);
        }

        content.Append(')');
    }

    /// <summary>"#1d70b8" as PDF colour components ("0.114 0.439 0.722").</summary>
    internal static string Colour(string hex)
    {
        var value = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return $"{PdfFile.Number(((value >> 16) & 255) / 255d)} {PdfFile.Number(((value >> 8) & 255) / 255d)} {PdfFile.Number((value & 255) / 255d)}";
    }

    private void Marked(StructElement element, Action draw)
    {
        var target = Page;
        var id = target.Marked.Count;
        target.Marked.Add(element);
        element.Kids.Add(new MarkedContent(target, id));
        target.Content.Append(CultureInfo.InvariantCulture, $"/{element.Role} << /MCID {id} >> BDC\n");
        draw();
        target.Content.Append("EMC\n");
    }

    private bool AtTopOfPage => page is null || y >= PageHeight - Margin - 0.01;

    private bool Fits(double height) => page is not null && y - height >= BottomMargin;

    private void EnsureSpace(double height)
    {
        if (!Fits(height))
        {
            NewPage();
        }
    }

    private PdfPage NewPage()
    {
        page = new PdfPage();
        pages.Add(page);
        y = PageHeight - Margin;
        return page;
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>, at spaces where it can and inside a word only when the word is wider than a line.</summary>
    internal static List<string> Wrap(string text, double size, bool bold, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var current = new StringBuilder();
            var currentWidth = 0d;
            var space = Helvetica.Measure(" ", size, bold);
            foreach (var raw in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw;
                var wordWidth = Helvetica.Measure(word, size, bold);
                if (current.Length > 0 && currentWidth + space + wordWidth <= width)
                {
                    current.Append(' ').Append(word);
                    currentWidth += space + wordWidth;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                    currentWidth = 0;
                }

                while (wordWidth > width && word.Length > 1)
                {
                    var cut = word.Length - 1;
                    while (cut > 1 && Helvetica.Measure(word[..cut], size, bold) > width)
                    {
                        cut--;
                    }

                    lines.Add(word[..cut]);
                    word = word[cut..];
                    wordWidth = Helvetica.Measure(word, size, bold);
                }

                current.Append(word);
                currentWidth = wordWidth;
            }

            lines.Add(current.ToString());
        }

        return lines;
    }

    private sealed class PdfPage
    {
        public StringBuilder Content { get; } = new(8192);

        /// <summary>The structure element of each marked-content sequence, by MCID: this page's entry in the parent tree.</summary>
        public List<StructElement> Marked { get; } = [];

        public int Id { get; set; }
    }

    private sealed class StructElement(string role, StructElement? parent)
    {
        public string Role { get; } = role;

        public StructElement? Parent { get; } = parent;

        /// <summary>Child elements and marked-content references, in reading order.</summary>
        public List<object> Kids { get; } = [];

        public string? Alt { get; set; }

        /// <summary>"Column" or "Row" for a table header cell.</summary>
        public string? Scope { get; set; }

        public int Id { get; set; }

        public StructElement Child(string childRole)
        {
            var child = new StructElement(childRole, this);
            Kids.Add(child);
            return child;
        }
    }

    private sealed record MarkedContent(PdfPage Page, int Id);

    private sealed record Cell(List<string> Lines, bool Bold, bool RightAligned);

    private sealed record OutlineEntry(int Level, string Text, int Page, double Top);

    private sealed class OutlineNode(OutlineEntry entry)
    {
        public OutlineEntry Entry { get; } = entry;

        public List<OutlineNode> Children { get; } = [];

        public int Id { get; set; }
    }
}
