using Beacon.Web.Pages.Guidance;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests.Guidance;

public class SpotTheSignsTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Get_WithoutSigningIn_ListsEveryIndicatorAndChildIndicator()
    {
        var response = await app.Factory.CreateBrowserClient().GetAsync("/spot-the-signs");
        var document = await response.GetDocumentAsync();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var items = document.QuerySelectorAll("main li").Select(li => li.Text()).ToList();
        SpotTheSignsModel.Indicators.ShouldAllBe(i => items.Contains(i));
        SpotTheSignsModel.ChildIndicators.ShouldAllBe(i => items.Contains(i));
        SpotTheSignsModel.Indicators.Count.ShouldBeGreaterThanOrEqualTo(15);
    }

    [Theory]
    [InlineData("999")]
    [InlineData("101")]
    [InlineData("08000 121 700")]
    [InlineData("0300 303 8151")]
    [InlineData("0800 1111")]
    public async Task Get_ReportSection_GivesTheNumberAsACallableLink(string number)
    {
        var document = await app.Factory.CreateBrowserClient().GetDocumentAsync("/spot-the-signs");

        var link = document.QuerySelectorAll("table a").SingleOrDefault(a => a.Text() == number);
        link.ShouldNotBeNull();
        link.GetAttribute("href").ShouldBe("tel:" + number.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ImmediateDanger_IsTheFirstWarning()
    {
        var document = await app.Factory.CreateBrowserClient().GetDocumentAsync("/spot-the-signs");

        document.QuerySelector("main .govuk-warning-text").Text().ShouldContain("call 999");
    }
}
