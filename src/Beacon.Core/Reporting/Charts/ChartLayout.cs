namespace Beacon.Core.Reporting.Charts;

/// <summary>
/// A chart's geometry, worked out once from a <see cref="ReportTable"/> and drawn by both the SVG
/// (pages) and the PDF renderer. Coordinates are in chart units, x to the right and y downwards
/// from the top-left corner, <see cref="Width"/> by <see cref="Height"/>; text is placed by its
/// baseline.
/// </summary>
/// <param name="Title">The table's title.</param>
/// <param name="Description">The figures in words, for those who cannot see the chart.</param>
/// <param name="Series">The columns drawn, in order; a series' index picks its colour and pattern or marker.</param>
/// <param name="BarCount">Bars drawn (a suppressed or missing figure draws none).</param>
/// <param name="Truncated">Only some of the table's rows are drawn (the description says which).</param>
public sealed record ChartLayout(
    ChartKind Kind,
    double Width,
    double Height,
    string Title,
    string Description,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartShape> Shapes,
    int BarCount,
    bool Truncated);

public sealed record ChartSeries(string Name, int Index);

public abstract record ChartShape;

public sealed record ChartBar(double X, double Y, double Width, double Height, int Series, string Category) : ChartShape;

/// <summary>A run of a line series; a suppressed or missing figure breaks the line.</summary>
public sealed record ChartPolyline(IReadOnlyList<ChartPoint> Points, int Series) : ChartShape;

public sealed record ChartMarker(double X, double Y, int Series) : ChartShape;

/// <summary>A gridline, or the axis itself.</summary>
public sealed record ChartRule(double X1, double Y1, double X2, double Y2, bool IsAxis) : ChartShape;

/// <summary>A legend's key: a square of the series' fill, or for lines a stroke with its marker.</summary>
public sealed record ChartSwatch(double X, double Y, double Size, int Series, bool IsLine) : ChartShape;

/// <param name="Vertical">Turned a quarter anticlockwise, reading upwards.</param>
public sealed record ChartText(double X, double Y, string Text, ChartTextRole Role, ChartTextAnchor Anchor, bool Vertical = false) : ChartShape
{
    public double FontSize => ChartStyle.FontSize(Role);
}

public readonly record struct ChartPoint(double X, double Y);

public enum ChartTextRole
{
    /// <summary>A row's label: a category or a quarter.</summary>
    Category,

    /// <summary>The figure at a bar's end or a point.</summary>
    Value,

    /// <summary>A tick on the value axis.</summary>
    Axis,

    Legend,
}

public enum ChartTextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>GOV.UK colours, and how each series is told apart without colour (WCAG 1.4.1).</summary>
public static class ChartStyle
{
    public const string Text = "#0b0c0c";
    public const string SecondaryText = "#505a5f";
    public const string Gridline = "#b1b4b6";

    /// <summary>Blue, orange, black, green.</summary>
    public static readonly IReadOnlyList<string> SeriesColours = ["#1d70b8", "#f47738", "#0b0c0c", "#00703c"];

    /// <summary>How a series' bars are filled beside their colour.</summary>
    public static ChartFill Fill(int series) => (ChartFill)(series % 4);

    /// <summary>How a line series is drawn beside its colour.</summary>
    public static ChartMarkerShape Marker(int series) => (ChartMarkerShape)(series % 4);

    public static string Colour(int series) => SeriesColours[series % SeriesColours.Count];

    public static double FontSize(ChartTextRole role) => role switch
    {
        ChartTextRole.Category => 14,
        ChartTextRole.Legend => 14,
        _ => 13,
    };
}

public enum ChartFill
{
    Solid,

    /// <summary>White diagonal stripes.</summary>
    Hatched,

    /// <summary>White dots.</summary>
    Dotted,

    /// <summary>White crossed stripes.</summary>
    CrossHatched,
}

public enum ChartMarkerShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
}
