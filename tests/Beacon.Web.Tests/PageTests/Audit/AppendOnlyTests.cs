using System.Data.Common;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.Audit;

/// <summary>
/// The access log and the audit events cannot be rewritten even by the app's own connection: the
/// database refuses (triggers), on both providers, whatever the code tries.
/// </summary>
public abstract class AppendOnlyTests
{
    protected abstract BeaconAppFactory Factory { get; }

    [Theory]
    [InlineData("UPDATE access_log SET action = 'Edit'")]
    [InlineData("DELETE FROM access_log")]
    [InlineData("UPDATE audit_events SET reason = 'Nothing to see'")]
    [InlineData("DELETE FROM audit_events")]
    public async Task RawSql_RewritingTheLogs_IsRefused(string sql)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Row triggers fire only on rows, so there must be some.
        var audit = new AuditTrail(db, TimeProvider.System, new FixedActorSource(Actor.System("append-only-test")));
        audit.Access("Case", Guid.NewGuid(), "View", AccessOutcome.Allowed);
        audit.Record("Case", Guid.NewGuid(), "Case closed", reason: "Finished");
        await db.SaveChangesAsync();

        await Should.ThrowAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(sql));

        (await db.AccessLog.CountAsync()).ShouldBeGreaterThan(0);
        (await db.AuditEvents.AnyAsync(e => e.Reason == "Nothing to see")).ShouldBeFalse();
    }
}

public sealed class PostgresAppendOnlyTests(PostgresApp app) : AppendOnlyTests, IClassFixture<PostgresApp>
{
    protected override BeaconAppFactory Factory => app.Factory;
}

public sealed class SqliteAppendOnlyTests(SqliteApp app) : AppendOnlyTests, IClassFixture<SqliteApp>
{
    protected override BeaconAppFactory Factory => app.Factory;
}
