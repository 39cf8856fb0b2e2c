using Beacon.Core.Data;
using Beacon.Core.ReferenceData;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Data;

public class ReferenceDataTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Start_NewDatabase_HasEveryReferenceListInItsTable()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        (await db.FirstResponderOrganisations.CountAsync()).ShouldBe(526);
        (await db.LocalAuthorities.CountAsync()).ShouldBe(451);
        (await db.PoliceForces.CountAsync()).ShouldBe(47);
        (await db.Nationalities.CountAsync()).ShouldBe(222);
        (await db.Countries.CountAsync()).ShouldBe(197);
        (await db.Regions.CountAsync()).ShouldBe(98);
        (await db.PoliceForces.SingleAsync(p => p.Name == "Bedfordshire Police")).Id
            .ShouldBe(DeterministicGuid.Create(nameof(PoliceForce), "Bedfordshire Police"));
    }

    [Fact]
    public async Task Load_Again_AddsNothingAndKeepsAdministratorsChanges()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var retired = await db.Countries.OrderBy(c => c.SortOrder).FirstAsync();
        retired.IsActive = false;
        await db.SaveChangesAsync();

        var added = await new ReferenceDataLoader(db).LoadAsync();

        added.ShouldBe(0);
        (await db.Countries.AsNoTracking().SingleAsync(c => c.Id == retired.Id)).IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task Load_MissingEntry_IsAddedBack()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Regions.Where(r => r.Name == "Angus").ExecuteDeleteAsync();

        var added = await new ReferenceDataLoader(db).LoadAsync();

        added.ShouldBe(1);
        (await db.Regions.CountAsync(r => r.Name == "Angus")).ShouldBe(1);
    }
}
