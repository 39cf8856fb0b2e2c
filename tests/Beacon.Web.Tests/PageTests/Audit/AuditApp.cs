using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;

namespace Beacon.Web.Tests.PageTests.Audit;

/// <summary>
/// Beacon on its own PostgreSQL copy, like <see cref="PostgresApp"/>, with room for the many
/// sign-ins these tests make from one address (each test signs in the people it needs).
/// </summary>
public sealed class AuditApp(PostgresServer server) : IAsyncLifetime
{
    private BeaconAppFactory? factory;

    public BeaconAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        factory = new BeaconAppFactory(DatabaseProvider.Postgres, await server.CreateDatabaseAsync(), new Dictionary<string, string?>
        {
            ["Beacon:SignInRateLimit:PermitLimit"] = "10000",
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}
