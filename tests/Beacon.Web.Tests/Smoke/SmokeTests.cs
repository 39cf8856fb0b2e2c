using System.Net;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Smoke;

/// <summary>The same smoke set on both database providers.</summary>
public abstract class SmokeTests
{
    protected abstract BeaconAppFactory Factory { get; }

    [Theory]
    [InlineData("/")]
    [InlineData("/spot-the-signs")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_PublicPath_IsOkWithSecurityHeaders(string path)
    {
        var response = await Factory.CreateBrowserClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        SecurityHeaderAssertions.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Start_Database_IsMigratedWithReferenceData()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Nationalities.CountAsync()).ShouldBe(222);
        (await db.LocalAuthorities.AnyAsync(l => l.Name == "Bournemouth, Christchurch and Poole Council")).ShouldBeTrue();
    }

    [Fact]
    public async Task Get_UnknownPath_Is404()
    {
        (await Factory.CreateBrowserClient().GetAsync("/no-such-page")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PostgresSmokeTests(PostgresApp app) : SmokeTests, IClassFixture<PostgresApp>
{
    protected override BeaconAppFactory Factory => app.Factory;
}

public sealed class SqliteSmokeTests(SqliteApp app) : SmokeTests, IClassFixture<SqliteApp>
{
    protected override BeaconAppFactory Factory => app.Factory;
}
