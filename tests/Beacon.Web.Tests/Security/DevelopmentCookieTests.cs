using System.Net;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beacon.Web.Tests.Security;

/// <summary>`dotnet run` serves plain http://localhost in Development: forms must work there too.</summary>
public class DevelopmentCookieTests(PostgresServer server)
{
    [Fact]
    public async Task PageWithForm_InDevelopmentOverPlainHttp_RendersAndPostsBack()
    {
        await using var factory = new DevelopmentAppFactory(await server.CreateDatabaseAsync());
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5080/"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/design/components");
        var document = await response.GetDocumentAsync();
        var token = document.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.PostAsync("/design/components", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("beacon-antiforgery=", StringComparison.Ordinal) && !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await post.GetDocumentAsync()).Title.ShouldStartWith("Error: ");
    }

    private sealed class DevelopmentAppFactory(string connectionString) : BeaconAppFactory(DatabaseProvider.Postgres, connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
