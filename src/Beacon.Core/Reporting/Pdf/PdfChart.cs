using System.Globalization;
using System.Text;
using Beacon.Core.Reporting.Charts;

namespace Beacon.Core.Reporting.Pdf;

/// <summary>Draws a <see cref="ChartLayout"/> into a page's content stream with vector paths and text, as the SVG draws it.</summary>
internal static class PdfChart
{
    /// <param name="left">The chart's left edge on the page, in points.</param>
    /// <param name="top">The chart's top edge on the page, in points from the bottom.</param>
    /// <param name="scale">Points per chart unit.</param>
    public static void Draw(StringBuilder content, ChartLayout chart, double left, double top, double scale)
    {
        double X(double x) => left + (x * scale);
        double Y(double y) => top - (y * scale);
        string P(double x, double y) => PdfFile.Number(X(x)) + " " + PdfFile.Number(Y(y));

        foreach (var shape in chart.Shapes)
        {
            switch (shape)
            {
                case ChartRule rule:
                    content.Append(CultureInfo.InvariantCulture,
                        $"q {PdfComposer.Colour(rule.IsAxis ? ChartStyle.Text : ChartStyle.Gridline)} RG {PdfFile.Number(scale)} w {P(rule.X1, rule.Y1)} m {P(rule.X2, rule.Y2)} l S Q\n");
                    break;
                case ChartBar bar:
                    Box(content, X(bar.X), Y(bar.Y + bar.Height), bar.Width * scale, bar.Height * scale, bar.Series, scale);
                    break;
                case ChartPolyline line:
                    content.Append(CultureInfo.InvariantCulture,
                        $"q {PdfComposer.Colour(ChartStyle.Colour(line.Series))} RG {PdfFile.Number(3 * scale)} w 1 j {Dash(line.Series, scale)} ");
                    for (var i = 0; i < line.Points.Count; i++)
                    {
                        content.Append(P(line.Points[i].X, line.Points[i].Y)).Append(i == 0 ? " m " : " l ");
                    }

                    content.Append("S Q\n");
                    break;
                case ChartMarker marker:
                    Marker(content, X(marker.X), Y(marker.Y), 5 * scale, marker.Series);
                    break;
                case ChartSwatch swatch when swatch.IsLine:
                    var middle = swatch.Y + (swatch.Size / 2);
                    content.Append(CultureInfo.InvariantCulture,
                        $"q {PdfComposer.Colour(ChartStyle.Colour(swatch.Series))} RG {PdfFile.Number(3 * scale)} w {Dash(swatch.Series, scale)} {P(swatch.X - 2, middle)} m {P(swatch.X + swatch.Size + 2, middle)} l S Q\n");
                    Marker(content, X(swatch.X + (swatch.Size / 2)), Y(middle), 5 * scale, swatch.Series);
                    break;
                case ChartSwatch swatch:
                    Box(content, X(swatch.X), Y(swatch.Y + swatch.Size), swatch.Size * scale, swatch.Size * scale, swatch.Series, scale);
                    break;
                case ChartText text:
                    Text(content, text, X(text.X), Y(text.Y), scale);
                    break;
            }
        }
    }

    /// <summary>A bar in its series' colour, with white stripes, dots or crossed stripes clipped to it for the second series on.</summary>
    private static void Box(StringBuilder content, double x, double y, double width, double height, int series, double scale)
    {
        var colour = PdfComposer.Colour(ChartStyle.Colour(series));
        var rect = $"{PdfFile.Number(x)} {PdfFile.Number(y)} {PdfFile.Number(width)} {PdfFile.Number(height)} re";
        content.Append(CultureInfo.InvariantCulture, $"q {colour} rg {rect} f Q\n");
        var fill = ChartStyle.Fill(series);
        if (fill != ChartFill.Solid && width > 0 && height > 0)
        {
            var spacing = 8 * scale;
            content.Append(CultureInfo.InvariantCulture, $"q {rect} W n 1 1 1 rg 1 1 1 RG {PdfFile.Number(2.2 * scale)} w\n");
            if (fill == ChartFill.Dotted)
            {
                for (var dx = spacing / 2; dx < width; dx += spacing)
                {
                    for (var dy = spacing / 2; dy < height; dy += spacing)
                    {
                        var r = 1.6 * scale;
                        content.Append(CultureInfo.InvariantCulture, $"{PdfFile.Number(x + dx - r)} {PdfFile.Number(y + dy - r)} {PdfFile.Number(2 * r)} {PdfFile.Number(2 * r)} re\n");
                    }
                }

                content.Append("f\n");
            }
            else
            {
                for (var d = -height; d < width; d += spacing)
                {
                    content.Append(CultureInfo.InvariantCulture, $"{PdfFile.Number(x + d)} {PdfFile.Number(y)} m {PdfFile.Number(x + d + height)} {PdfFile.Number(y + height)} l\n");
                    if (fill == ChartFill.CrossHatched)
                    {
                        content.Append(CultureInfo.InvariantCulture, $"{PdfFile.Number(x + d)} {PdfFile.Number(y + height)} m {PdfFile.Number(x + d + height)} {PdfFile.Number(y)} l\n");
                    }
                }

                content.Append("S\n");
            }

            content.Append("Q\n");
        }

        content.Append(CultureInfo.InvariantCulture, $"q {colour} RG {PdfFile.Number(scale)} w {rect} S Q\n");
    }

    private static void Marker(StringBuilder content, double x, double y, double r, int series)
    {
        content.Append(CultureInfo.InvariantCulture, $"q {PdfComposer.Colour(ChartStyle.Colour(series))} rg ");
        var shape = ChartStyle.Marker(series);
        switch (shape)
        {
            case ChartMarkerShape.Circle:
                // Four Bézier quarter circles.
                var k = 0.5523 * r;
                content.Append(CultureInfo.InvariantCulture,
                    $"{N(x + r)} {N(y)} m {N(x + r)} {N(y + k)} {N(x + k)} {N(y + r)} {N(x)} {N(y + r)} c {N(x - k)} {N(y + r)} {N(x - r)} {N(y + k)} {N(x - r)} {N(y)} c {N(x - r)} {N(y - k)} {N(x - k)} {N(y - r)} {N(x)} {N(y - r)} c {N(x + k)} {N(y - r)} {N(x + r)} {N(y - k)} {N(x + r)} {N(y)} c f");
                break;
            case ChartMarkerShape.Square:
                content.Append(CultureInfo.InvariantCulture, $"{N(x - r)} {N(y - r)} {N(2 * r)} {N(2 * r)} re f");
                break;
            default:
                // The SVG's corners have y downwards; flip them about the marker's centre.
                var points = SvgChart.MarkerPoints(shape, 0, 0, r);
                for (var i = 0; i < points.Length; i++)
                {
                    content.Append(CultureInfo.InvariantCulture, $"{N(x + points[i].X)} {N(y - points[i].Y)} {(i == 0 ? "m" : "l")} ");
                }

                content.Append("h f");
                break;
        }

        content.Append(" Q\n");
    }

    private static void Text(StringBuilder content, ChartText text, double x, double y, double scale)
    {
        var size = text.FontSize * scale;
        var width = Helvetica.Measure(text.Text, size);
        var shift = text.Anchor switch
        {
            ChartTextAnchor.Middle => width / 2,
            ChartTextAnchor.End => width,
            _ => 0,
        };
        var colour = PdfComposer.Colour(text.Role == ChartTextRole.Axis ? ChartStyle.SecondaryText : ChartStyle.Text);
        var matrix = text.Vertical
            ? $"0 1 -1 0 {N(x)} {N(y - shift)}"
            : $"1 0 0 1 {N(x - shift)} {N(y)}";
        content.Append(CultureInfo.InvariantCulture, $"BT /F1 {N(size)} Tf {colour} rg {matrix} Tm ");
        PdfComposer.AppendString(content, text.Text);
        content.Append(" Tj ET\n");
    }

    private static string Dash(int series, double scale) => (series % 4) switch
    {
        1 => $"[{N(9 * scale)} {N(5 * scale)}] 0 d",
        2 => $"[{N(3 * scale)} {N(4 * scale)}] 0 d",
        3 => $"[{N(12 * scale)} {N(4 * scale)} {N(3 * scale)} {N(4 * scale)}] 0 d",
        _ => "[] 0 d",
    };

    private static string N(double value) => PdfFile.Number(value);
}
