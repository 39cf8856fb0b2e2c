using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests;

public class DemoModeTests(PostgresServer server)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/spot-the-signs")]
    [InlineData("/no-such-page")]
    public async Task Get_InDemoMode_EveryPageSaysTheDataIsInvented(string path)
    {
        await using var factory = new BeaconAppFactory(
            DatabaseProvider.Postgres,
            await server.CreateDatabaseAsync(),
            new Dictionary<string, string?> { ["Beacon:DemoMode"] = "true" });

        var document = await factory.CreateBrowserClient().GetDocumentAsync(path);

        var banner = document.QuerySelector("[data-testid=demo-banner]");
        banner.ShouldNotBeNull();
        banner.Text().ShouldContain("invented");
        var topLevel = document.Body!.Children.ToList();
        topLevel.IndexOf(banner).ShouldBeLessThan(topLevel.IndexOf(document.QuerySelector("header")!), "the banner comes before everything but the skip link");
    }
}
