using Beacon.Core.Reporting;
using Beacon.Core.Reporting.Charts;

namespace Beacon.Core.Tests.Reporting;

public class ReportChartTests
{
    [Theory]
    [InlineData(42, ValueFormat.Count, 50, 10)]
    [InlineData(7, ValueFormat.Count, 8, 2)]
    [InlineData(3, ValueFormat.Count, 3, 1)]
    [InlineData(0, ValueFormat.Count, 5, 1)]
    [InlineData(1017, ValueFormat.Count, 1200, 200)]
    [InlineData(0.37, ValueFormat.Share, 0.4, 0.1)]
    [InlineData(6.5, ValueFormat.Days, 8, 2)]
    public void NiceAxis_Largest_RoundsUpInStepsOfOneTwoOrFive(double largest, ValueFormat format, double maximum, double step)
    {
        var axis = ReportChart.NiceAxis(largest, format);

        axis.Maximum.ShouldBe(maximum, 1e-9);
        axis.Step.ShouldBe(step, 1e-9);
    }

    [Fact]
    public void Layout_ChartKindNone_IsNull()
    {
        ReportChart.Layout(SampleTables.Categories() with { Chart = ChartKind.None }).ShouldBeNull();
    }

    [Fact]
    public void Layout_HorizontalBars_OneBarPerShownRowAndNoneForTotalsOrSuppressed()
    {
        var layout = ReportChart.Layout(SampleTables.Categories())!;

        var bars = layout.Shapes.OfType<ChartBar>().ToList();
        bars.Select(b => b.Category).ShouldBe(["Labour exploitation", "Sexual exploitation", "Criminal exploitation"]);
        layout.BarCount.ShouldBe(3);
        bars[0].Width.ShouldBeGreaterThan(bars[1].Width);
        var values = layout.Shapes.OfType<ChartText>().Where(t => t.Role == ChartTextRole.Value).Select(t => t.Text).ToList();
        values.ShouldBe(["42", "30", "12", "fewer than 5", "withheld"]);
        layout.Shapes.OfType<ChartText>().ShouldNotContain(t => t.Text == "Total");
    }

    [Fact]
    public void Layout_HorizontalBars_DescriptionNamesTheLargestAndTheWithheld()
    {
        var layout = ReportChart.Layout(SampleTables.Categories())!;

        layout.Description.ShouldContain("Largest: Labour exploitation (42), Sexual exploitation (30) and Criminal exploitation (12).");
        layout.Description.ShouldContain("1 category has fewer than 5");
        layout.Description.ShouldContain("1 figure is withheld");
        layout.Truncated.ShouldBeFalse();
    }

    [Fact]
    public void Layout_TwoLocalCountColumns_GroupsTheBars()
    {
        var table = SampleTables.ByQuarter() with { Chart = ChartKind.HorizontalBars };

        var layout = ReportChart.Layout(table)!;

        layout.Series.Select(s => s.Name).ShouldBe(["NRM referrals", "Duty to Notify reports"]);
        layout.BarCount.ShouldBe(7); // 4 quarters × 2 columns, less the one suppressed
    }

    [Fact]
    public void Layout_MoreThanTwentyFiveRows_DrawsTheLargestAndSaysSo()
    {
        var layout = ReportChart.Layout(SampleTables.Many(40))!;

        layout.BarCount.ShouldBe(ReportChart.MaxBars);
        layout.Truncated.ShouldBeTrue();
        layout.Shapes.OfType<ChartBar>().First().Category.ShouldBe("Nationality 001");
        layout.Description.ShouldContain("shows the 25 largest of 40");
    }

    [Fact]
    public void Layout_Columns_OneSeriesPerLocalCountColumnAndNotThePublishedOne()
    {
        var layout = ReportChart.Layout(SampleTables.ByQuarter())!;

        layout.Kind.ShouldBe(ChartKind.Columns);
        layout.Series.Count.ShouldBe(2);
        layout.BarCount.ShouldBe(7);
        layout.Shapes.OfType<ChartText>().Where(t => t.Role == ChartTextRole.Category).Select(t => t.Text)
            .ShouldBe(["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]);
        layout.Shapes.OfType<ChartText>().ShouldContain(t => t.Text == "fewer than 5");
        layout.Description.ShouldContain("NRM referrals: highest 29 in Q4 2024, lowest 20 in Q1 2024, latest 29 in Q4 2024.");
    }

    [Fact]
    public void Layout_Lines_BreaksTheLineAtASuppressedFigure()
    {
        var layout = ReportChart.Layout(SampleTables.ByQuarter(chart: ChartKind.Lines))!;

        layout.Series.Count.ShouldBe(3);
        var secondSeries = layout.Shapes.OfType<ChartPolyline>().Where(l => l.Series == 1).ToList();
        secondSeries.Count.ShouldBe(1); // Q3 to Q4; Q1 stands alone before the gap
        secondSeries[0].Points.Count.ShouldBe(2);
        layout.Shapes.OfType<ChartMarker>().Count(m => m.Series == 1).ShouldBe(3);
    }

    [Fact]
    public void Layout_EveryShape_LiesInsideTheChart()
    {
        foreach (var table in new[] { SampleTables.Categories(), SampleTables.ByQuarter(), SampleTables.ByQuarter(12, ChartKind.Lines), SampleTables.Many(40) })
        {
            var layout = ReportChart.Layout(table)!;
            foreach (var shape in layout.Shapes)
            {
                var (x, y) = shape switch
                {
                    ChartBar b => (b.X + b.Width, b.Y + b.Height),
                    ChartText t => (t.X, t.Y),
                    ChartRule r => (Math.Max(r.X1, r.X2), Math.Max(r.Y1, r.Y2)),
                    _ => (0d, 0d),
                };
                x.ShouldBeLessThanOrEqualTo(layout.Width + 0.01, $"{table.Key}: {shape}");
                y.ShouldBeLessThanOrEqualTo(layout.Height + 0.01, $"{table.Key}: {shape}");
            }
        }
    }
}
