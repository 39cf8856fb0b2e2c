using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Data;

/// <summary>Each provider has its own migrations; a model change without a migration for both fails here.</summary>
public class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=not_connected")]
    public void Model_ComparedWithLatestMigration_HasNoPendingChanges(DatabaseProvider provider, string connectionString)
    {
        using var db = Create(provider, connectionString);

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse($"Run: dotnet ef migrations add <Name> --project src/Beacon.Migrations.{provider} --startup-project src/Beacon.Migrations.{provider}");
    }

    [Fact]
    public void Migrations_BothProviders_HaveTheSameNames()
    {
        using var sqlite = Create(DatabaseProvider.Sqlite, "Data Source=:memory:");
        using var postgres = Create(DatabaseProvider.Postgres, "Host=localhost;Database=not_connected");

        static IEnumerable<string> Names(AppDbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Names(sqlite).ShouldBe(Names(postgres));
    }

    private static AppDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSettings.From(provider.ToString(), connectionString, Path.GetTempPath()).Apply(options);
        return new AppDbContext(options.Options);
    }
}
