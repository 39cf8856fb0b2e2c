using Beacon.Core.Data;
using Beacon.Core.Demo;
using Beacon.Web.Tests.Infrastructure;
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
        var generator = new DemoDataGenerator(db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)));

        var summary = await generator.GenerateAsync();

        summary.AreaName.ShouldBe(DemoDataGenerator.AreaName);
        summary.Lines.ShouldContain(l => l.Contains("synthetic", StringComparison.Ordinal));
        var area = await db.Areas.AsNoTracking().SingleAsync();
        area.Name.ShouldBe("Northbridge");
        area.CreatedAt.ShouldBe(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await Should.ThrowAsync<InvalidOperationException>(() => generator.GenerateAsync());
    }
}
