using Beacon.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging;

namespace Beacon.Web.Tests.Infrastructure;

/// <summary>
/// The real Beacon app in memory on a real database. Clients talk HTTPS to a council-like host
/// name, so Secure cookies, HSTS and the HTTPS redirect behave as in production.
/// </summary>
public class BeaconAppFactory(DatabaseProvider provider, string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public static readonly Uri BaseAddress = new("https://beacon.test/");

    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public CapturedLogs Logs { get; } = new();

    /// <summary>Where this app's pickup sender writes emails: a folder of its own, outside the source tree.</summary>
    public string MailPickupDirectory { get; } = Path.Combine(Path.GetTempPath(), $"beacon-mail-{Guid.NewGuid():N}");

    /// <summary>The app's clock: starts at the real time, moves only when a test advances it.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Beacon", ConnectionString);
        builder.UseSetting("Beacon:OrganisationName", "Testborough Council");

        // Every test client comes from the same (absent) address; the throttling test sets its own limit.
        builder.UseSetting("Beacon:SignInRateLimit:PermitLimit", "100000");
        builder.UseSetting("Email:PickupDirectory", MailPickupDirectory);

        // Tests send the outbox themselves (EmailDispatcher.ProcessBatchAsync), when they mean to.
        builder.UseSetting("Email:Dispatcher:Enabled", "false");

        // Tests run the reminder job themselves (ReminderJob.RunOnceAsync), at the time they choose.
        builder.UseSetting("Beacon:Reminders:Enabled", "false");
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
            logging.SetMinimumLevel(LogLevel.Debug);
        });
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateBrowserClient(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = BaseAddress, AllowAutoRedirect = followRedirects, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailPickupDirectory))
        {
            Directory.Delete(MailPickupDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>Beacon on its own copy of the PostgreSQL template database: the main test target.</summary>
public sealed class PostgresApp(PostgresServer server) : IAsyncLifetime
{
    private BeaconAppFactory? factory;

    public BeaconAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public PostgresServer Server => server;

    public async ValueTask InitializeAsync()
    {
        factory = new BeaconAppFactory(DatabaseProvider.Postgres, await server.CreateDatabaseAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}

/// <summary>Beacon on a new SQLite file, migrated by the app itself at start (as on a first run).</summary>
public sealed class SqliteApp : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("beacon-sqlite-").FullName;
    private BeaconAppFactory? factory;

    public BeaconAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public ValueTask InitializeAsync()
    {
        factory = new BeaconAppFactory(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "beacon.db")}");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
