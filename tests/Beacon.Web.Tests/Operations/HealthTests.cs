using System.Net;
using System.Text.Json;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.Operations;

public class HealthTests(PostgresServer server)
{
    [Fact]
    public async Task Live_Always_IsHealthyWithoutSigningIn()
    {
        await using var factory = new BeaconAppFactory(DatabaseProvider.Postgres, await server.CreateDatabaseAsync());

        var response = await factory.CreateBrowserClient().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Ready_DatabaseGoesAway_IsUnhealthyWhileLiveStaysHealthy()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var factory = new BeaconAppFactory(DatabaseProvider.Postgres, connectionString);
        var client = factory.CreateBrowserClient();

        var before = await client.GetAsync("/health/ready");
        await server.DropDatabaseAsync(connectionString);
        var after = await client.GetAsync("/health/ready");
        var body = await after.Content.ReadAsStringAsync();

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("database").GetString().ShouldBe("Unhealthy");
        body.ShouldNotContain("beacon_test", Case.Insensitive);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
