using Beacon.Core.Data;

namespace Beacon.Core.Tests.Data;

public class DatabaseSettingsTests
{
    [Fact]
    public void From_NothingConfigured_IsSqliteFileUnderDataInContentRoot()
    {
        var settings = DatabaseSettings.From(null, null, "/srv/beacon");

        settings.Provider.ShouldBe(DatabaseProvider.Sqlite);
        settings.SqliteFile.ShouldBe("/srv/beacon/data/beacon.db");
        settings.ConnectionString.ShouldContain("Foreign Keys=True");
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    [InlineData("PostgreSQL")]
    public void From_PostgresWithConnectionString_IsPostgres(string provider)
    {
        var settings = DatabaseSettings.From(provider, "Host=db;Database=beacon", "/srv/beacon");

        settings.Provider.ShouldBe(DatabaseProvider.Postgres);
        settings.SqliteFile.ShouldBeNull();
    }

    [Fact]
    public void From_PostgresWithoutConnectionString_SaysWhatIsMissing()
    {
        Should.Throw<InvalidOperationException>(() => DatabaseSettings.From("Postgres", " ", "/srv"))
            .Message.ShouldContain("ConnectionStrings:Beacon");
    }

    [Fact]
    public void From_UnknownProvider_SaysWhichAreAllowed()
    {
        Should.Throw<InvalidOperationException>(() => DatabaseSettings.From("Oracle", "x", "/srv"))
            .Message.ShouldContain("Sqlite or Postgres");
    }
}
