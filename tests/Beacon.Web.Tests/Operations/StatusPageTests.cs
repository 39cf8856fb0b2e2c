using System.Net;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.Operations;

public class StatusPageTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Get_UnknownPath_IsGovUkPageNotFound()
    {
        var response = await app.Factory.CreateBrowserClient().GetAsync("/no-such-page/00000000-0000-0000-0000-000000000000");
        var document = await response.GetDocumentAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        document.QuerySelector("h1").Text().ShouldBe("Page not found");
        document.Title.ShouldBe("Page not found – Beacon");
    }

    [Theory]
    [InlineData("/status/403")]
    [InlineData("/status/500")]
    [InlineData("/status/429")]
    public async Task Get_StatusPageDirectly_IsPageNotFound(string path)
    {
        var response = await app.Factory.CreateBrowserClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.GetDocumentAsync()).QuerySelector("h1").Text().ShouldBe("Page not found");
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_ShowsAProblemWithYourRequest()
    {
        var response = await app.Factory.CreateBrowserClient().PostAsync("/spot-the-signs", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.GetDocumentAsync()).QuerySelector("h1").Text().ShouldBe("Sorry, there is a problem with your request");
    }
}
