using System.Xml.Linq;
using Beacon.Core.Reporting;
using Beacon.Core.Reporting.Charts;

namespace Beacon.Core.Tests.Reporting;

public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_Categories_IsAnImageLabelledByItsTitleAndDescription()
    {
        var svg = XDocument.Parse(SvgChart.Render(SampleTables.Categories(), "exploitation-type")).Root!;

        svg.Name.ShouldBe(Svg + "svg");
        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Attribute("focusable")!.Value.ShouldBe("false");
        svg.Attribute("viewBox")!.Value.ShouldStartWith("0 0 640 ");
        svg.Attribute("width").ShouldBeNull();
        var labelledBy = svg.Attribute("aria-labelledby")!.Value.Split(' ');
        labelledBy.ShouldBe(["exploitation-type-title", "exploitation-type-desc"]);
        var title = svg.Element(Svg + "title")!;
        title.Attribute("id")!.Value.ShouldBe(labelledBy[0]);
        title.Value.ShouldBe("NRM referrals by exploitation type");
        var desc = svg.Element(Svg + "desc")!;
        desc.Attribute("id")!.Value.ShouldBe(labelledBy[1]);
        desc.Value.ShouldContain("Labour exploitation (42)");
    }

    [Fact]
    public void Render_LabelWithMarkup_IsEscaped()
    {
        var table = SampleTables.ByExploitationType(("A & <B>", ReportValue.Count(9)), ("\"Quoted\" 'label'", ReportValue.Count(6)));

        var markup = SvgChart.Render(table, "escaping");
        var svg = XDocument.Parse(markup).Root!;

        markup.ShouldNotContain("<B>");
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("A & <B>");
        svg.Element(Svg + "desc")!.Value.ShouldContain("A & <B> (9)");
    }

    [Fact]
    public void Render_LabelWithCharactersXmlCannotHold_StillParses()
    {
        var table = SampleTables.ByExploitationType(("Bell\u0007 \uD800 \uFFFF \U0001F600", ReportValue.Count(9)));

        var svg = XDocument.Parse(SvgChart.Render(table, "odd")).Root!;

        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("Bell  ?   \U0001F600");
    }

    [Fact]
    public void Render_Bars_OneRectPerShownNonTotalRow()
    {
        var table = SampleTables.ByExploitationType(("Labour", ReportValue.Count(12)), ("Sexual", ReportValue.Count(8)), ("Criminal", ReportValue.Count(5)));

        var svg = XDocument.Parse(SvgChart.Render(table, "bars")).Root!;

        Bars(svg).Count.ShouldBe(table.Rows.Count(r => !r.IsTotal));
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldNotContain("Total");
    }

    [Fact]
    public void Render_SuppressedValue_HasNoBarAndSaysWhy()
    {
        var svg = XDocument.Parse(SvgChart.Render(SampleTables.Categories(), "suppressed")).Root!;

        Bars(svg).Count.ShouldBe(3);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        texts.ShouldContain("Domestic servitude");
        texts.ShouldContain("fewer than 5");
        texts.ShouldContain("withheld");
    }

    [Fact]
    public void Render_TwoSeries_DifferByPatternAsWellAsColourAndHaveALegend()
    {
        var svg = XDocument.Parse(SvgChart.Render(SampleTables.ByQuarter(), "quarters")).Root!;

        var bars = Bars(svg);
        bars.Select(b => b.Attribute("fill")!.Value).Distinct().ShouldBe(["#1d70b8", "url(#quarters-pattern-2)"]);
        svg.Descendants(Svg + "pattern").Single().Attribute("id")!.Value.ShouldBe("quarters-pattern-2");
        var legend = svg.Descendants(Svg + "text").Where(t => t.Attribute("class")!.Value == "app-chart__legend").Select(t => t.Value);
        legend.ShouldBe(["NRM referrals", "Duty to Notify reports"]);
    }

    [Fact]
    public void Render_Lines_SeriesDifferByMarkerAndDash()
    {
        var svg = XDocument.Parse(SvgChart.Render(SampleTables.ByQuarter(chart: ChartKind.Lines), "trend")).Root!;

        svg.Descendants(Svg + "polyline").ShouldNotBeEmpty();
        svg.Descendants(Svg + "circle").ShouldNotBeEmpty();
        svg.Descendants(Svg + "rect").Where(r => (r.Attribute("class")?.Value ?? string.Empty).Contains("app-chart__marker", StringComparison.Ordinal)).ShouldNotBeEmpty();
        svg.Descendants(Svg + "polygon").ShouldNotBeEmpty();
        svg.Descendants(Svg + "polyline").Where(l => l.Attribute("stroke-dasharray") != null).ShouldNotBeEmpty();
    }

    [Fact]
    public void Render_HostileIdPrefix_StaysAnId()
    {
        var svg = XDocument.Parse(SvgChart.Render(SampleTables.Categories(), "\"><script>")).Root!;

        svg.Element(Svg + "title")!.Attribute("id")!.Value.ShouldBe("chart----script--title");
    }

    [Fact]
    public void Render_NoChart_IsEmpty()
    {
        SvgChart.Render(SampleTables.Categories() with { Chart = ChartKind.None }, "none").ShouldBeEmpty();
    }

    private static List<XElement> Bars(XElement svg) => svg.Descendants(Svg + "rect")
        .Where(r => (r.Attribute("class")?.Value ?? string.Empty).Split(' ').Contains("app-chart__bar")).ToList();
}
