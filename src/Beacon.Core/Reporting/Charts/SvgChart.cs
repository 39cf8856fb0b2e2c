using System.Globalization;
using System.Text;

namespace Beacon.Core.Reporting.Charts;

/// <summary>
/// Draws a table's chart as inline SVG for a server-rendered page: an image with a title and a
/// description in words (role="img", aria-labelledby), scaled by its viewBox, styled by the
/// app-chart classes (_charts.scss) with GOV.UK colours; series differ by pattern or marker as
/// well as colour, and the legend names them in text.
/// </summary>
public static class SvgChart
{
    /// <summary>The chart as SVG markup, or an empty string when the table has no chart.</summary>
    /// <param name="idPrefix">Unique on the page; the title, description and patterns' ids start with it.</param>
    public static string Render(ReportTable table, string idPrefix)
    {
        var layout = ReportChart.Layout(table);
        return layout is null ? string.Empty : Render(layout, idPrefix);
    }

    public static string Render(ChartLayout layout, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var id = Id(idPrefix);
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart app-chart--{Kind(layout.Kind)}\" viewBox=\"0 0 {N(layout.Width)} {N(layout.Height)}\" ");
        svg.Append(CultureInfo.InvariantCulture,
            $"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(layout.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(layout.Description)}</desc>");
        if (layout.Kind != ChartKind.Lines)
        {
            Patterns(svg, id, layout.Series.Count);
        }


        foreach (var shape in layout.Shapes)
        {
            switch (shape)
            {
                case ChartRule rule:
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<line class=\"{(rule.IsAxis ? "app-chart__axis" : "app-chart__gridline")}\" x1=\"{N(rule.X1)}\" y1=\"{N(rule.Y1)}\" x2=\"{N(rule.X2)}\" y2=\"{N(rule.Y2)}\" stroke=\"{(rule.IsAxis ? ChartStyle.Text : ChartStyle.Gridline)}\" stroke-width=\"1\"/>");
                    break;
                case ChartBar bar:
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect class=\"app-chart__bar app-chart__bar--series-{bar.Series + 1}\" x=\"{N(bar.X)}\" y=\"{N(bar.Y)}\" width=\"{N(bar.Width)}\" height=\"{N(bar.Height)}\" fill=\"{Fill(id, bar.Series)}\" stroke=\"{ChartStyle.Colour(bar.Series)}\" stroke-width=\"1\"/>");
                    break;
                case ChartPolyline line:
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<polyline class=\"app-chart__line app-chart__line--series-{line.Series + 1}\" points=\"{string.Join(' ', line.Points.Select(p => N(p.X) + "," + N(p.Y)))}\" fill=\"none\" stroke=\"{ChartStyle.Colour(line.Series)}\" stroke-width=\"3\"{Dash(line.Series)}/>");
                    break;
                case ChartMarker marker:
                    Marker(svg, marker.X, marker.Y, marker.Series, 5);
                    break;
                case ChartSwatch swatch when swatch.IsLine:
                    var middle = swatch.Y + (swatch.Size / 2);
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<line class=\"app-chart__key\" x1=\"{N(swatch.X - 2)}\" y1=\"{N(middle)}\" x2=\"{N(swatch.X + swatch.Size + 2)}\" y2=\"{N(middle)}\" stroke=\"{ChartStyle.Colour(swatch.Series)}\" stroke-width=\"3\"{Dash(swatch.Series)}/>");
                    Marker(svg, swatch.X + (swatch.Size / 2), middle, swatch.Series, 5);
                    break;
                case ChartSwatch swatch:
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect class=\"app-chart__key\" x=\"{N(swatch.X)}\" y=\"{N(swatch.Y)}\" width=\"{N(swatch.Size)}\" height=\"{N(swatch.Size)}\" fill=\"{Fill(id, swatch.Series)}\" stroke=\"{ChartStyle.Colour(swatch.Series)}\" stroke-width=\"1\"/>");
                    break;
                case ChartText text:
                    Text(svg, text);
                    break;
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Text(StringBuilder svg, ChartText text)
    {
        var css = text.Role switch
        {
            ChartTextRole.Category => "app-chart__label",
            ChartTextRole.Value => "app-chart__value",
            ChartTextRole.Axis => "app-chart__tick",
            _ => "app-chart__legend",
        };
        var anchor = text.Anchor switch
        {
            ChartTextAnchor.Middle => " text-anchor=\"middle\"",
            ChartTextAnchor.End => " text-anchor=\"end\"",
            _ => string.Empty,
        };
        var colour = text.Role is ChartTextRole.Axis ? ChartStyle.SecondaryText : ChartStyle.Text;
        var rotate = text.Vertical ? string.Create(CultureInfo.InvariantCulture, $" transform=\"rotate(-90 {N(text.X)} {N(text.Y)})\"") : string.Empty;
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"{css}\" x=\"{N(text.X)}\" y=\"{N(text.Y)}\" font-size=\"{N(text.FontSize)}\" fill=\"{colour}\"{anchor}{rotate}>{Escape(text.Text)}</text>");
    }

    private static void Patterns(StringBuilder svg, string id, int series)
    {
        if (series < 2)
        {
            return;
        }

        svg.Append("<defs>");
        for (var s = 1; s < series; s++)
        {
            var colour = ChartStyle.Colour(s);
            svg.Append(CultureInfo.InvariantCulture,
                $"<pattern id=\"{id}-pattern-{s + 1}\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"{(ChartStyle.Fill(s) == ChartFill.Dotted ? string.Empty : " patternTransform=\"rotate(45)\"")}>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"8\" height=\"8\" fill=\"{colour}\"/>");
            svg.Append(ChartStyle.Fill(s) switch
            {
                ChartFill.Hatched => "<rect x=\"0\" y=\"0\" width=\"2.5\" height=\"8\" fill=\"#ffffff\"/>",
                ChartFill.Dotted => "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\"/>",
                _ => "<rect x=\"0\" y=\"0\" width=\"2\" height=\"8\" fill=\"#ffffff\"/><rect x=\"0\" y=\"0\" width=\"8\" height=\"2\" fill=\"#ffffff\"/>",
            });
            svg.Append("</pattern>");
        }

        svg.Append("</defs>");
    }

    private static string Fill(string id, int series)
        => ChartStyle.Fill(series) == ChartFill.Solid ? ChartStyle.Colour(series) : $"url(#{id}-pattern-{series + 1})";

    private static string Dash(int series) => (series % 4) switch
    {
        1 => " stroke-dasharray=\"9 5\"",
        2 => " stroke-dasharray=\"3 4\"",
        3 => " stroke-dasharray=\"12 4 3 4\"",
        _ => string.Empty,
    };

    private static void Marker(StringBuilder svg, double x, double y, int series, double r)
    {
        var colour = ChartStyle.Colour(series);
        var css = $"app-chart__marker app-chart__marker--series-{series + 1}";
        switch (ChartStyle.Marker(series))
        {
            case ChartMarkerShape.Circle:
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{css}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"{colour}\"/>");
                break;
            case ChartMarkerShape.Square:
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{N(x - r)}\" y=\"{N(y - r)}\" width=\"{N(2 * r)}\" height=\"{N(2 * r)}\" fill=\"{colour}\"/>");
                break;
            default:
                var points = MarkerPoints(ChartStyle.Marker(series), x, y, r);
                svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"{css}\" points=\"{string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)))}\" fill=\"{colour}\"/>");
                break;
        }
    }

    /// <summary>The corners of a triangle or diamond marker (y downwards).</summary>
    internal static ChartPoint[] MarkerPoints(ChartMarkerShape shape, double x, double y, double r) => shape switch
    {
        ChartMarkerShape.Triangle => [new(x, y - (r * 1.2)), new(x + (r * 1.1), y + (r * 0.8)), new(x - (r * 1.1), y + (r * 0.8))],
        _ => [new(x, y - (r * 1.3)), new(x + (r * 1.3), y), new(x, y + (r * 1.3)), new(x - (r * 1.3), y)],
    };

    private static string Kind(ChartKind kind) => kind switch
    {
        ChartKind.HorizontalBars => "bars",
        ChartKind.Columns => "columns",
        _ => "lines",
    };

    /// <summary>Keeps an id to letters, digits, '-' and '_' so it cannot break out of its attribute.</summary>
    private static string Id(string prefix)
    {
        var id = new string([.. (prefix ?? string.Empty).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        return id.Length == 0 || !char.IsAsciiLetter(id[0]) ? "chart-" + id : id;
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Text as XML character data: markup escaped, and characters XML cannot hold (controls, lone surrogates) replaced.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case < ' ' or '\uFFFE' or '\uFFFF': escaped.Append(' '); break;
                case var high when char.IsHighSurrogate(high) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    escaped.Append(high).Append(text[++i]);
                    break;
                case var lone when char.IsSurrogate(lone): escaped.Append('?'); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
