using Beacon.Core.Reporting.Charts;

namespace Beacon.Core.Reporting.Pdf;

/// <summary>
/// Builds an A4 PDF from a simple document: a title and subtitle, headings (levels 1 to 3),
/// paragraphs, bulleted lists, <see cref="ReportTable"/>s (header row repeated on each page a table
/// spans), their charts, and page breaks; every page has a footer with "Page n of m" and the
/// optional security marking. The file is a tagged PDF (headings, paragraphs, lists, tables and
/// figures in a structure tree, in reading order), in English (en-GB), with bookmarks for level 1
/// and 2 headings. Text is set in Helvetica, which every PDF reader has, so no fonts are embedded;
/// characters outside Windows-1252 are written "?".
/// </summary>
/// <param name="title">The document's title: the first line of the first page and the file's title.</param>
public sealed class PdfDocumentBuilder(string title)
{
    private readonly List<PdfBlock> blocks = [];

    public string Title { get; } = title;

    /// <summary>Under the title, usually the period ("July to September 2025").</summary>
    public string? Subtitle { get; init; }

    /// <summary>The security marking at the top and bottom of every page ("OFFICIAL-SENSITIVE"), when given.</summary>
    public string? Marking { get; init; }

    /// <summary>The file's creation date; passed in so that the same document gives the same bytes.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public string Language { get; init; } = "en-GB";

    public PdfDocumentBuilder Heading(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        blocks.Add(new HeadingBlock(level, text));
        return this;
    }

    /// <summary>A paragraph wrapped to the page's width; a line break in the text starts a new line.</summary>
    public PdfDocumentBuilder Paragraph(string text)
    {
        blocks.Add(new ParagraphBlock(text));
        return this;
    }

    public PdfDocumentBuilder Bullets(IEnumerable<string> items)
    {
        blocks.Add(new BulletsBlock([.. items]));
        return this;
    }

    /// <summary>The table with its title above and its note below; numbers right-aligned, total rows in bold, suppressed cells as their words.</summary>
    public PdfDocumentBuilder Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        blocks.Add(new TableBlock(table));
        return this;
    }

    /// <summary>The table's chart (<see cref="ReportChart"/>), drawn with vectors; nothing when the table has no chart.</summary>
    public PdfDocumentBuilder Chart(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        blocks.Add(new ChartBlock(table));
        return this;
    }

    public PdfDocumentBuilder PageBreak()
    {
        blocks.Add(new PageBreakBlock());
        return this;
    }

    public byte[] Build()
    {
        var composer = new PdfComposer(Language);
        composer.TitleBlock(Title, Subtitle);
        var charts = blocks.Select(b => b is ChartBlock chart ? ReportChart.Layout(chart.Table) : null).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case HeadingBlock heading:
                    // A heading stays on the page with the start of what follows it.
                    var keepWith = (i + 1 < blocks.Count ? blocks[i + 1] : null) switch
                    {
                        ParagraphBlock next => PdfComposer.ParagraphStart(next.Text),
                        TableBlock next => PdfComposer.TableStart(next.Table),
                        ChartBlock when charts[i + 1] is { } layout => PdfComposer.ChartHeight(layout),
                        BulletsBlock next when next.Items.Count > 0 => PdfComposer.ParagraphStart(next.Items[0]),
                        _ => 0,
                    };
                    composer.Heading(heading.Level, heading.Text, keepWith);
                    break;
                case ParagraphBlock paragraph:
                    composer.Paragraph(paragraph.Text);
                    break;
                case BulletsBlock bullets:
                    composer.Bullets(bullets.Items);
                    break;
                case TableBlock table:
                    composer.Table(table.Table);
                    break;
                case ChartBlock:
                    if (charts[i] is { } chartLayout)
                    {
                        composer.Chart(chartLayout);
                    }

                    break;
                case PageBreakBlock:
                    composer.PageBreak();
                    break;
            }
        }

        return composer.Write(Title, Marking, CreatedAt);
    }

    private abstract record PdfBlock;

    private sealed record HeadingBlock(int Level, string Text) : PdfBlock;

    private sealed record ParagraphBlock(string Text) : PdfBlock;

    private sealed record BulletsBlock(IReadOnlyList<string> Items) : PdfBlock;

    private sealed record TableBlock(ReportTable Table) : PdfBlock;

    private sealed record ChartBlock(ReportTable Table) : PdfBlock;

    private sealed record PageBreakBlock : PdfBlock;
}
