using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

[assembly: AssemblyFixture(typeof(Beacon.Web.Tests.Infrastructure.PostgresServer))]

namespace Beacon.Web.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL server that scripts/test starts (BEACON_TEST_POSTGRES). Migrates one
/// template database per run; each test class then gets its own copy, made by
/// <c>CREATE DATABASE … TEMPLATE</c>, so tests never share data.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "BEACON_TEST_POSTGRES";

    private readonly string runId = Guid.NewGuid().ToString("N")[..8];
    private int databaseCount;

    public string AdminConnectionString { get; } = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"The web tests run on a real PostgreSQL server: set {EnvironmentVariable} to a connection string of a role with CREATEDB, or run scripts/test, which starts one.");

    private string TemplateName => $"beacon_template_{runId}";

    public async ValueTask InitializeAsync()
    {
        await ExecuteAsync($"CREATE DATABASE \"{TemplateName}\"");
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSettings.From("Postgres", ConnectionStringFor(TemplateName, pooling: false), "/").Apply(options);
        await using (var db = new AppDbContext(options.Options))
        {
            await new DatabaseInitializer(db).MigrateAsync();
        }
    }

    /// <summary>A new database with the current schema and reference data; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"beacon_test_{runId}_{Interlocked.Increment(ref databaseCount)}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName}\"");
        return ConnectionStringFor(name, pooling: true);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public string ConnectionStringFor(string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = pooling }.ToString();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres", pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
