using System.Net;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.Operations;

public class ErrorPageTests(PostgresServer server)
{
    [Fact]
    public async Task UnexpectedError_ShowsGenericPageWithTheCorrelationIdAndNoDetail()
    {
        await using var factory = new ThrowingAppFactory(await server.CreateDatabaseAsync());
        var client = factory.CreateBrowserClient();

        var response = await client.GetAsync(ThrowingEndpoint.Path);
        var html = await response.Content.ReadAsStringAsync();
        var document = await response.GetDocumentAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        document.QuerySelector("h1").Text().ShouldBe("Sorry, there is a problem with the service");
        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();
        document.QuerySelector("[data-testid=correlation-id]").Text().ShouldBe(correlationId);
        html.ShouldNotContain("Jane Doe");
        html.ShouldNotContain(nameof(InvalidOperationException));
        factory.Logs.AllText.ShouldContain(correlationId);
        factory.Logs.AllText.ShouldContain(nameof(InvalidOperationException));
        factory.Logs.AllText.ShouldNotContain("Jane Doe");
        SecurityHeaderAssertions.AssertSecurityHeaders(response);
    }
}
