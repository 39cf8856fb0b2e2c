using Beacon.Core.Data;
using Beacon.Core.Statistics;
using Beacon.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Statistics;

/// <summary>The embedded database inserts through EF rather than PostgreSQL's COPY: same figures.</summary>
public sealed class NationalStatisticsSqliteTests : IAsyncLifetime
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"beacon-statistics-{Guid.NewGuid():N}.db");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Import_OnSqlite_KeepsTheSameFiguresAndReplacesOnReimport()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSettings.From("Sqlite", $"Data Source={file}", "/").Apply(options);
        await using var db = new AppDbContext(options.Options);
        await new DatabaseInitializer(db).MigrateAsync();
        var importer = new NationalStatisticsImporter(db, TimeProvider.System);

        for (var i = 0; i < 2; i++)
        {
            await using var stream = File.OpenRead(TestFixtures.NrmStatistics("nrm_referrals_local-authority_2023_q4.csv"));
            (await importer.ImportAsync(new ImportNationalStatisticsOptions("Q4 2023", "nrm_referrals_local-authority_2023_q4.csv", stream, "test")))
                .Errors.ShouldBeEmpty();
        }

        (await new NationalStatistics(db).ReferralsByFirstResponderTypeAsync(2023, 4)).ShouldHaveSingleItem().People.ShouldBe(1_017);
        (await db.StatisticsImports.SingleAsync()).FigureCount.ShouldBe(await db.NationalFigures.CountAsync());
    }
}
