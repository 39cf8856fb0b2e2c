using System.Globalization;
using Beacon.Core.Audit;
using Beacon.Core.Reporting.Pdf;

namespace Beacon.Core.AreaPicture.Packs;

/// <summary>
/// Draws a frozen pack as a PDF: A4, the marking on every page, the narrative, the actions arising,
/// then every table with its chart. Drawn from the content alone, with the content's own time as
/// the file's date, so the same content always makes the same bytes.
/// </summary>
public static class PackPdf
{
    public static byte[] Render(PackContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var made = UkTime.ToUk(content.GeneratedAt).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));
        var pdf = new PdfDocumentBuilder(content.Title)
        {
            Subtitle = $"{content.KindName}, version {content.Number.ToString(CultureInfo.InvariantCulture)}. {content.PeriodLabel}",
            Marking = content.Marking,
            CreatedAt = content.GeneratedAt,
        };
        pdf.Paragraph($"{content.AreaName}{(content.OrganisationName is { } o ? ", " + o : "")}. Made {made} by {content.GeneratedBy}.");

        foreach (var section in content.Narrative)
        {
            pdf.Heading(1, section.Heading);
            foreach (var paragraph in (string.IsNullOrWhiteSpace(section.Text) ? "Not written." : section.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                pdf.Paragraph(paragraph);
            }
        }

        pdf.Heading(1, "Actions arising");
        if (content.Actions.Count == 0)
        {
            pdf.Paragraph("None.");
        }
        else
        {
            pdf.Bullets(content.Actions.Select(a => $"{a.Action} (owner: {a.Owner}; due: {PackContent.DueText(a.Due)}; {PackContent.StatusName(a.Status).ToLowerInvariant()})"));
        }

        foreach (var section in content.Sections)
        {
            pdf.PageBreak();
            pdf.Heading(1, section.Heading);
            foreach (var table in section.Tables)
            {
                pdf.Chart(table);
                pdf.Table(table);
            }
        }

        return pdf.Build();
    }
}
