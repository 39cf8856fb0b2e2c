using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests;

public class StartPageTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Get_WithoutSigningIn_SaysWhatBeaconIsAndForWhom()
    {
        var client = app.Factory.CreateBrowserClient();

        var response = await client.GetAsync("/");
        var document = await response.GetDocumentAsync();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        document.QuerySelector("h1").Text().ShouldBe("Beacon");
        document.Title.ShouldBe("Modern slavery: spot, refer, safeguard and report – Beacon");
        document.QuerySelector("main").Text().ShouldContain("National Referral Mechanism");
        document.QuerySelector("main").Text().ShouldContain("Who it is for");
        document.QuerySelector("a[href='/spot-the-signs']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Get_PageTemplate_HasSkipLinkHeaderNavigationPhaseBannerAndFooter()
    {
        var document = await app.Factory.CreateBrowserClient().GetDocumentAsync("/");

        var skipLink = document.Body!.QuerySelector("a");
        skipLink!.ClassName.ShouldBe("govuk-skip-link");
        skipLink.GetAttribute("href").ShouldBe("#main-content");
        document.QuerySelector("main#main-content.govuk-main-wrapper").ShouldNotBeNull();
        document.QuerySelector("header.govuk-template__header .govuk-generic-header").Text().ShouldBe("Testborough Council");
        document.QuerySelector(".govuk-service-navigation__service-name").Text().ShouldBe("Beacon");
        document.QuerySelector(".govuk-service-navigation__item--active a")!.GetAttribute("aria-current").ShouldBe("page");
        document.QuerySelector(".govuk-phase-banner .govuk-tag").Text().ShouldBe("Beta");
        document.QuerySelector("footer.govuk-template__footer .govuk-footer").Text().ShouldContain("© Testborough Council");
        document.DocumentElement.GetAttribute("lang").ShouldBe("en");
    }

    [Fact]
    public async Task Get_Always_UsesNoGovUkBrandingOrFont()
    {
        var client = app.Factory.CreateBrowserClient();
        var html = await client.GetStringAsync("/");
        var css = await client.GetStringAsync("/css/beacon.css");

        html.ShouldNotContain("govuk-header__crown");
        html.ShouldNotContain("GOV.UK");
        html.ShouldNotContain("Crown copyright");
        css.ShouldNotContain("GDS Transport");
        css.ShouldNotContain("@font-face");
        css.ShouldContain("system-ui");
    }

    [Fact]
    public async Task Get_NotDemo_ShowsNoDemoBanner()
    {
        var document = await app.Factory.CreateBrowserClient().GetDocumentAsync("/");

        document.QuerySelector("[data-testid=demo-banner]").ShouldBeNull();
    }

    [Fact]
    public async Task Get_FooterLinks_AllLeadToPages()
    {
        var client = app.Factory.CreateBrowserClient();
        var document = await client.GetDocumentAsync("/");

        foreach (var link in document.QuerySelectorAll(".govuk-footer a, .govuk-service-navigation a").Select(a => a.GetAttribute("href")!))
        {
            if (link.StartsWith('/'))
            {
                (await client.GetAsync(link)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, link);
            }
        }
    }
}
