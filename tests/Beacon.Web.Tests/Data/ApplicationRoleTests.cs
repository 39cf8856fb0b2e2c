using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Npgsql;

namespace Beacon.Web.Tests.Data;

/// <summary>
/// The README's PostgreSQL recipe: Beacon runs as a role that may not change the access log or the
/// audit events (on top of the triggers), and everything else still works.
/// </summary>
public class ApplicationRoleTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task AppRoleFromTheReadme_WorksButCannotRewriteTheLogs()
    {
        var owner = await app.Server.CreateDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(owner).Database!;
        var role = $"beacon_app_{Guid.NewGuid():N}"[..24];
        const string password = "an app role password";
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            foreach (var sql in new[]
            {
                $"CREATE ROLE {role} LOGIN PASSWORD '{password}'",
                $"GRANT CONNECT ON DATABASE \"{database}\" TO {role}",
                $"GRANT USAGE ON SCHEMA public TO {role}",
                $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
                $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
                $"REVOKE UPDATE, DELETE, TRUNCATE ON access_log, audit_events FROM {role}",
            })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        var asApp = new NpgsqlConnectionStringBuilder(owner) { Username = role, Password = password }.ConnectionString;
        await using var beacon = new BeaconAppFactory(DatabaseProvider.Postgres, asApp);
        var organisation = await beacon.CreateOrganisationAsync();
        var worker = await beacon.CreateUserAsync(organisation, [Role.FirstResponder]);
        var caseId = await beacon.CreateCaseAsync(organisation, worker.Id);
        var client = await beacon.SignInAsync(worker);

        (await client.GetAsync($"/cases/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var appConnection = new NpgsqlConnection(asApp);
        await appConnection.OpenAsync();
        foreach (var sql in new[] { "UPDATE access_log SET action = 'Nothing'", "DELETE FROM audit_events", "TRUNCATE access_log" })
        {
            await using var command = new NpgsqlCommand(sql, appConnection);
            var refused = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
            refused.MessageText.ShouldStartWith("permission denied", Shouldly.Case.Insensitive, "refused by the grants, before any trigger");
        }
    }
}
