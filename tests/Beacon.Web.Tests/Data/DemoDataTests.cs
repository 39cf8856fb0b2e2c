using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Core.Demo;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Web.Tests.Data;

public class DemoDataTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Generate_EmptyDatabase_MakesTheSyntheticAreaOnceOnly()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var generator = new DemoDataGenerator(db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)), scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>());

        var summary = await generator.GenerateAsync();

        summary.AreaName.ShouldBe(DemoDataGenerator.AreaName);
        summary.Lines.ShouldContain(l => l.Contains("synthetic", StringComparison.Ordinal));
        var area = await db.Areas.AsNoTracking().SingleAsync();
        area.Name.ShouldBe("Northbridge");
        area.CreatedAt.ShouldBe(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await Should.ThrowAsync<InvalidOperationException>(() => generator.GenerateAsync());
    }

    [Fact]
    public async Task Generate_EveryRole_HasADemoAccountThatCanSignIn()
    {
        var app = new SqliteApp();
        await app.InitializeAsync();
        try
        {
            DemoSummary summary;
            await using (var scope = app.Factory.Services.CreateAsyncScope())
            {
                summary = await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().GenerateAsync();
            }

            summary.Accounts.Select(a => a.Role).Distinct().Order().ShouldBe(Roles.All.Order());
            foreach (var account in summary.Accounts.DistinctBy(a => a.Role))
            {
                account.Email.ShouldEndWith(".example");
                var user = new TestUser(Guid.Empty, account.Email, account.Password, account.TotpSecret, Guid.Empty, null, [account.Role]);
                var client = await app.Factory.SignInAsync(user);
                (await client.GetAsync("/home")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"{account.Role} signs in");
            }
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
