using System.Net;

using AngleSharp.Html.Parser;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beacon.Web.Tests.Components;

/// <summary>The gallery page through the whole app: gating, rendering, and a failed post re-rendering with GOV.UK errors.</summary>
public sealed class ComponentGalleryTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"beacon-gallery-{Guid.NewGuid():N}.db");
    private readonly List<IDisposable> _factories = [];

    [Fact]
    public async Task Get_InProduction_IsNotFound()
    {
        var client = Client("Production");

        var response = await client.GetAsync(new Uri("/design/components", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_InProductionWithDemoMode_RendersGallery()
    {
        var client = Client("Production", demo: true);

        var response = await client.GetAsync(new Uri("/design/components", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_InTesting_RendersEveryComponent()
    {
        var client = Client("Testing");

        var html = await client.GetStringAsync(new Uri("/design/components", UriKind.Relative), TestContext.Current.CancellationToken);

        var document = new HtmlParser().ParseDocument(html);
        foreach (var selector in new[]
        {
            ".govuk-input", ".govuk-character-count", ".govuk-radios__conditional", ".govuk-checkboxes__divider", ".govuk-date-input",
            ".govuk-select", ".govuk-button--start", ".govuk-button--warning", ".govuk-back-link", ".govuk-notification-banner",
            ".govuk-tag--green", ".govuk-summary-list", ".govuk-summary-card", ".govuk-table", ".govuk-pagination", ".govuk-task-list",
            ".moj-sub-navigation", ".moj-timeline", ".moj-badge", ".moj-filter",
        })
        {
            document.QuerySelector(selector).ShouldNotBeNull(selector);
        }

        document.Title.ShouldNotStartWith("Error:");
        document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_ImpossibleDateAndMissingFields_ReRendersWithGovUkErrors()
    {
        var client = Client("Testing");
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/design/components", UriKind.Relative), TestContext.Current.CancellationToken));
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync(new Uri("/design/components", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.FullName"] = "Sam <Example>",
            ["Form.Details"] = "",
            ["Form.Contact"] = "email",
            ["Form.ContactEmail"] = "",
            ["Form.DateOfBirth.Day"] = "31",
            ["Form.DateOfBirth.Month"] = "2",
            ["Form.DateOfBirth.Year"] = "2025",
            ["Form.Council"] = "",
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        document.Title.ShouldStartWith("Error: ");
        var links = document.QuerySelectorAll(".govuk-error-summary__list a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        links["Date of birth must be a real date"].ShouldBe("#Form_DateOfBirth_Day");
        links["Enter what happened"].ShouldBe("#Form_Details");
        links["Enter an email address"].ShouldBe("#Form_ContactEmail");
        links["Select a council"].ShouldBe("#Form_Council");

        document.QuerySelector("#Form_DateOfBirth_Day")!.ClassList.ShouldContain("govuk-input--error");
        document.QuerySelector("#Form_DateOfBirth_Month")!.ClassList.ShouldNotContain("govuk-input--error");
        document.QuerySelector("#Form_DateOfBirth_Month")!.GetAttribute("value").ShouldBe("2");
        document.QuerySelector("#Form_DateOfBirth-error")!.TextContent.Trim().ShouldBe("Error: Date of birth must be a real date");
        document.QuerySelector("#Form_FullName")!.GetAttribute("value").ShouldBe("Sam <Example>");
        document.QuerySelector("#conditional-Form_Contact")!.ClassList.ShouldNotContain("govuk-radios__conditional--hidden");
        document.QuerySelector("#Form_ContactEmail")!.ClassList.ShouldContain("govuk-input--error");
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    private HttpClient Client(string environment, bool demo = false)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Beacon", "Data Source=" + _database);
            builder.UseSetting("Beacon:DemoMode", demo ? "true" : "false");
        });
        _factories.Add(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
    }
}
