using Beacon.Core.Data;
using Beacon.Core.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Beacon.Web.Infrastructure;

/// <summary>
/// The web app's own commands: <c>migrate</c> (apply the schema, for PostgreSQL deployments) and
/// <c>--demo</c> (a fresh SQLite file filled with a synthetic area).
/// </summary>
public sealed record BeaconCommandLine(bool Migrate, bool Demo, string[] HostArgs)
{
    public const string DemoDatabaseFile = "data/beacon-demo.db";

    public static BeaconCommandLine Parse(string[] args)
    {
        var migrate = args.Length > 0 && args[0] == "migrate";
        var demo = args.Contains("--demo");
        var rest = args.Where((a, i) => !(i == 0 && migrate) && a != "--demo").ToArray();
        return new BeaconCommandLine(migrate, demo, rest);
    }

    public static void UseFreshDemoDatabase(WebApplicationBuilder builder)
    {
        var file = Path.Combine(builder.Environment.ContentRootPath, DemoDatabaseFile);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Beacon"] = $"Data Source={DemoDatabaseFile}",
            ["Beacon:DemoMode"] = "true",
            ["Beacon:OrganisationName"] = builder.Configuration["Beacon:OrganisationName"] is { Length: > 0 } name ? name : "Northbridge Borough Council",
        });
    }

    public static async Task MigrateAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        Console.WriteLine($"Beacon: the {settings.Provider} database is up to date, with its reference data.");
    }

    /// <summary>
    /// SQLite is migrated at start (the embedded default must just work). PostgreSQL is migrated by an
    /// operator with <c>migrate</c>, so a start never changes a shared schema; it refuses to serve an
    /// out-of-date schema instead.
    /// </summary>
    /// <returns>False, having said why on standard error, when Beacon must not start.</returns>
    public static async Task<bool> PrepareDatabaseAsync(WebApplication app, bool demo)
    {
        using var scope = app.Services.CreateScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(settings.SqliteFile!)!);
            await initializer.MigrateAsync();
        }
        else if (await initializer.HasPendingMigrationsAsync())
        {
            await Console.Error.WriteLineAsync(
                "Beacon did not start: the PostgreSQL database needs migrating. Run `dotnet run --project src/Beacon.Web -- migrate` with the same configuration.");
            return false;
        }

        if (!demo)
        {
            return true;
        }

        var summary = await scope.ServiceProvider.GetRequiredService<DemoDataGenerator>().GenerateAsync();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine("Beacon demo: a synthetic area on a fresh SQLite file (data/beacon-demo.db).");
            foreach (var line in summary.Lines)
            {
                Console.WriteLine($"  {line}");
            }

            Console.WriteLine("  Sign-in: demo accounts and their passwords are listed here once accounts exist;");
            Console.WriteLine("           today the start page and the public 'spot the signs' page need no sign-in.");
            foreach (var address in addresses)
            {
                Console.WriteLine($"  Open {address}");
            }

            Console.WriteLine();
        });
        return true;
    }
}
