using Beacon.Core.Data;
using Beacon.Core.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Beacon.Web.Infrastructure;

/// <summary>
/// The web app's own commands: <c>migrate</c> (apply the schema, for PostgreSQL deployments) and
/// <c>--demo</c> (a fresh SQLite file filled with a synthetic area).
/// </summary>
public sealed record BeaconCommandLine(bool Migrate, bool Demo, string[] HostArgs, AdministratorInvitation? InviteAdmin = null)
{
    public const string DemoDatabaseFile = "data/beacon-demo.db";

    public static BeaconCommandLine Parse(string[] args)
    {
        if (args is ["invite-admin", .. var options])
        {
            string? Option(string name) => options.SkipWhile(o => o != name).Skip(1).FirstOrDefault();
            var named = new[] { "--email", "--name", "--organisation" };
            var host = options.Where((o, i) => !named.Contains(o) && (i == 0 || !named.Contains(options[i - 1]))).ToArray();
            return new BeaconCommandLine(false, false, host, new AdministratorInvitation(Option("--email"), Option("--name"), Option("--organisation")));
        }

        var migrate = args.Length > 0 && args[0] == "migrate";
        var demo = args.Contains("--demo");
        var rest = args.Where((a, i) => !(i == 0 && migrate) && a != "--demo").ToArray();
        return new BeaconCommandLine(migrate, demo, rest);
    }

    /// <summary>
    /// <c>totp &lt;secret&gt;</c>: prints the current authenticator code for a base32 secret, so a
    /// tester or a script can sign in to the demo without a phone.
    /// </summary>
    /// <returns>True when the command was a tool and has run.</returns>
    public static bool TryRunTool(string[] args)
    {
        if (args is not ["totp", var secret, ..])
        {
            return false;
        }

        try
        {
            var now = DateTimeOffset.UtcNow;
            var code = Core.Accounts.Totp.Code(Core.Accounts.Base32.Decode(secret), Core.Accounts.Totp.TimeStep(now));
            var left = Core.Accounts.Totp.StepSeconds - (now.ToUnixTimeSeconds() % Core.Accounts.Totp.StepSeconds);
            Console.WriteLine($"{code}  (valid for {left} more seconds; each code works once)");
        }
        catch (FormatException)
        {
            Console.Error.WriteLine("That is not a base32 secret: copy it from the demo's list of accounts.");
            Environment.ExitCode = 2;
        }

        return true;
    }

    /// <summary>
    /// <c>invite-admin --email … --name … --organisation …</c>: the first administrator of a new
    /// installation (there is nobody yet to invite them). Creates the organisation if it does not
    /// exist, invites the person as an administrator and prints the one-time link (also emailed).
    /// </summary>
    /// <returns>The invitation link, or null having said why on standard error.</returns>
    public static async Task<string?> InviteAdministratorAsync(IServiceProvider services, AdministratorInvitation invitation)
    {
        if (string.IsNullOrWhiteSpace(invitation.Email) || string.IsNullOrWhiteSpace(invitation.Name) || string.IsNullOrWhiteSpace(invitation.Organisation))
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project src/Beacon.Web -- invite-admin --email <address> --name \"<full name>\" --organisation \"<council name>\"");
            return null;
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var name = invitation.Organisation.Trim();
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == name);
        if (organisation is null)
        {
            organisation = new Core.Organisations.Organisation
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                Name = name,
                Type = Core.Organisations.OrganisationType.LocalAuthority,
                CreatedAt = time.GetUtcNow(),
                Version = Guid.NewGuid(),
            };
            db.Organisations.Add(organisation);
            scope.ServiceProvider.GetRequiredService<Core.Audit.AuditTrail>().Record("Organisation", organisation.Id, "Organisation added", reason: "First administrator invited from the command line");
            await db.SaveChangesAsync();
        }

        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BeaconOptions>>().Value;
        var baseUrl = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? "http://localhost:5080" : options.PublicBaseUrl.TrimEnd('/');
        string? link = null;
        var result = await scope.ServiceProvider.GetRequiredService<Core.Accounts.UserAdministration>().InviteAsync(
            new Core.Accounts.InviteUserOptions(invitation.Email, invitation.Name, organisation.Id, null, [Core.Accounts.Role.Administrator]),
            token => link = $"{baseUrl}/account/invitation/{token}");
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Beacon did not invite them: {result.Error}.");
            return null;
        }

        Console.WriteLine($"Beacon: {invitation.Name} is invited as an administrator of {organisation.Name}. The link works once, for 7 days:");
        Console.WriteLine($"  {link}");
        return link;
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
        var national = await ImportNationalStatisticsAsync(scope.ServiceProvider, app.Environment.ContentRootPath);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine("Beacon demo: a synthetic area on a fresh SQLite file (data/beacon-demo.db).");
            foreach (var line in summary.Lines)
            {
                Console.WriteLine($"  {line}");
            }

            Console.WriteLine($"  {national}");

            foreach (var address in addresses)
            {
                Console.WriteLine($"  Open {address}");
            }

            Console.WriteLine();
            Console.WriteLine("  Demo accounts (new passwords and secrets on every start). Sign in with the email and password,");
            Console.WriteLine("  then the 6-digit code: add the secret to an authenticator app, or print the current code with");
            Console.WriteLine("    dotnet run --project src/Beacon.Web -- totp <secret>");
            Console.WriteLine();
            Console.WriteLine($"  {"Role",-30} {"Email",-38} {"Password",-34} Authenticator secret (base32)");
            foreach (var account in summary.Accounts)
            {
                Console.WriteLine($"  {Core.Accounts.Roles.DisplayName(account.Role),-30} {account.Email,-38} {account.Password,-34} {account.TotpSecret}");
            }

            Console.WriteLine();
        });
        return true;
    }

    /// <summary>
    /// The demo imports the Home Office tables the repository keeps as test fixtures (the Q4 2023
    /// release), so the comparison has national figures beside the invented area's. A copy of Beacon
    /// without the repository gets none, and says how to upload them.
    /// </summary>
    private static async Task<string> ImportNationalStatisticsAsync(IServiceProvider services, string contentRoot)
    {
        var folder = new DirectoryInfo(contentRoot);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "tests", "fixtures", "nrm-statistics")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            return "National statistics: none imported (upload the Home Office's CSV tables at /area-picture/national/import).";
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var importer = services.GetRequiredService<Core.Statistics.NationalStatisticsImporter>();
        var files = Directory.GetFiles(Path.Combine(folder.FullName, "tests", "fixtures", "nrm-statistics"), "*.csv").Order(StringComparer.Ordinal).ToList();
        var figures = 0;
        foreach (var file in files)
        {
            await using var content = File.OpenRead(file);
            var result = await importer.ImportAsync(new Core.Statistics.ImportNationalStatisticsOptions("Q4 2023", Path.GetFileName(file), content, "Beacon demo"));
            figures += result.Succeeded ? result.FigureCount : 0;
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"National statistics: {files.Count} Home Office tables (Q4 2023 edition, {figures:N0} figures) imported in {started.Elapsed.TotalSeconds:F1} s from tests/fixtures/nrm-statistics");
    }
}

/// <summary>The options of <c>invite-admin</c>.</summary>
public sealed record AdministratorInvitation(string? Email, string? Name, string? Organisation);
