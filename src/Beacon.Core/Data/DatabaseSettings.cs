using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database Beacon runs on: SQLite (embedded default) or PostgreSQL (production).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "Beacon.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Beacon.Migrations.Postgres";

    /// <summary>
    /// Reads <c>Database:Provider</c> and <c>ConnectionStrings:Beacon</c>; with neither, an SQLite file
    /// under <c>data/</c> in <paramref name="contentRoot"/>.
    /// </summary>
    public static DatabaseSettings From(string? provider, string? connectionString, string contentRoot)
    {
        var kind = string.IsNullOrWhiteSpace(provider) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed) ? parsed
            : provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");

        if (kind == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Beacon is not set.");
            }

            // JIT compilation costs 60 to 135 ms per statement of the area's picture and saves nothing
            // on statements this size (bench/); an operator's own Options are kept as they are.
            var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrEmpty(npgsql.Options))
            {
                npgsql.Options = "-c jit=off";
            }

            return new DatabaseSettings(kind, npgsql.ToString());
        }

        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=data/beacon.db" : connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        builder.ForeignKeys = true;
        return new DatabaseSettings(kind, builder.ToString());
    }

    public void Apply(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        }

        options.UseSnakeCaseNamingConvention();
    }

    /// <summary>The SQLite file, for creating its folder before the first start; null on PostgreSQL.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : null;
}
