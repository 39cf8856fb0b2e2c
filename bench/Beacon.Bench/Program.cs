using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Beacon.Bench;

/// <summary>
/// Access-control overhead on realistic volumes: every request checks the server-side session and
/// loads the user's access; every case page also passes the case gate and writes an access-log row.
/// Reports latency percentiles; asserts nothing. Usage (after `eval "$(scripts/postgres-start)"`):
///   dotnet run -c Release --project bench/Beacon.Bench -- [cases=20000] [requests=2000] [concurrency=4]
/// </summary>
internal static class Bench
{
    public static async Task Main(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var admin = Environment.GetEnvironmentVariable("BEACON_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set BEACON_TEST_POSTGRES (eval \"$(scripts/postgres-start)\").");

        var database = $"beacon_bench_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString();
        try
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            DatabaseSettings.From("Postgres", connectionString, "/").Apply(options);
            await using (var db = new AppDbContext(options.Options))
            {
                await new DatabaseInitializer(db).MigrateAsync();
            }

            await using var app = new BenchApp(connectionString);
            var seeded = Stopwatch.StartNew();
            var (email, secret, teamCases, allCount) = await SeedAsync(app, cases);
            Console.WriteLine($"Seeded {allCount:N0} cases in {seeded.Elapsed.TotalSeconds:F1} s; the signed-in first responder's team owns {teamCases.Count:N0}.");

            var client = await SignInAsync(app, email, secret);
            var random = new Random(52);
            Console.WriteLine($"{requests:N0} requests per page, {concurrency} at a time, in-process (no network), PostgreSQL {cases:N0} cases:");
            Console.WriteLine($"{"page",-28} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"req/s",8}");
            foreach (var (name, path) in new (string, Func<string>)[]
            {
                ("/home (session check only)", () => "/home"),
                ("/cases/{id} (gate + log)", () => $"/cases/{teamCases[random.Next(teamCases.Count)]}"),
                ("/api/cases/{id}", () => $"/api/cases/{teamCases[random.Next(teamCases.Count)]}"),
                ("/cases (list + count)", () => "/cases"),
            })
            {
                await MeasureAsync(client, name, path, 50, 1, quiet: true);
                await MeasureAsync(client, name, path, requests, concurrency, quiet: false);
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task MeasureAsync(HttpClient client, string name, Func<string> path, int count, int concurrency, bool quiet)
    {
        var times = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path());
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        if (quiet)
        {
            return;
        }

        Array.Sort(times);
        double P(double q) => times[(int)Math.Min(times.Length - 1, Math.Ceiling(q * times.Length) - 1)];
        Console.WriteLine($"{name,-28} {P(0.50),8:F1} {P(0.95),8:F1} {P(0.99),8:F1} {count / total.Elapsed.TotalSeconds,8:F0}");
    }

    private static async Task<(string Email, string Secret, List<Guid> TeamCases, int All)> SeedAsync(BenchApp app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
        var now = DateTimeOffset.UtcNow;
        var areas = Enumerable.Range(1, 5).Select(i => new Area { Id = Guid.NewGuid(), Name = $"Bench area {i}", CreatedAt = now, Version = Guid.NewGuid() }).ToList();
        var council = new Organisation { Id = Guid.NewGuid(), Name = "Bench Council", Type = OrganisationType.LocalAuthority, CreatedAt = now, Version = Guid.NewGuid(), Areas = [.. areas.Select(a => new OrganisationArea { AreaId = a.Id })] };
        var police = new Organisation { Id = Guid.NewGuid(), Name = "Bench Police", Type = OrganisationType.Police, CreatedAt = now, Version = Guid.NewGuid(), Areas = [.. areas.Select(a => new OrganisationArea { AreaId = a.Id })] };
        var teams = Enumerable.Range(1, 20).Select(i => new Team { Id = Guid.NewGuid(), OrganisationId = council.Id, Name = $"Team {i}", CreatedAt = now, Version = Guid.NewGuid() }).ToList();
        db.AddRange(areas);
        db.AddRange(council, police);
        db.AddRange(teams);
        await db.SaveChangesAsync();

        const string password = "quartz lagoon velvet harbour";
        var user = new BeaconUser
        {
            Id = Guid.NewGuid(),
            UserName = "bench@example.test",
            Email = "bench@example.test",
            DisplayName = "Bench Responder",
            OrganisationId = council.Id,
            TeamId = teams[0].Id,
            CreatedAt = now,
            LockoutEnabled = true,
            Roles = [new UserRoleAssignment { Role = Role.FirstResponder }],
        };
        if (!(await users.CreateAsync(user, password)).Succeeded)
        {
            throw new InvalidOperationException("The bench user was not created.");
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var secret = (await users.GetAuthenticatorKeyAsync(user))!;

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(2015);
        var teamCases = new List<Guid>();
        for (var batch = 0; batch < count; batch += 2_000)
        {
            for (var i = batch; i < Math.Min(count, batch + 2_000); i++)
            {
                var team = teams[random.Next(teams.Count)];
                var id = Guid.NewGuid();
                db.Cases.Add(new Case
                {
                    Id = id,
                    Reference = $"B-{i:D7}",
                    AreaId = areas[random.Next(areas.Count)].Id,
                    OwningOrganisationId = council.Id,
                    OwningTeamId = team.Id,
                    CreatedByUserId = user.Id,
                    CreatedAt = now.AddMinutes(-i),
                    Summary = "An invented concern for the benchmark.",
                    Version = Guid.NewGuid(),
                });
                if (random.Next(10) == 0)
                {
                    db.CaseShares.Add(new CaseShare
                    {
                        Id = Guid.NewGuid(),
                        CaseId = id,
                        OrganisationId = police.Id,
                        Sections = CaseSections.Summary,
                        Purpose = "Bench",
                        LegalBasis = LegalBasis.SafeguardingChildrenAndAdultsAtRisk,
                        Consent = ShareConsent.Given,
                        SharedByUserId = user.Id,
                        SharedAt = now,
                    });
                }

                if (team.Id == teams[0].Id)
                {
                    teamCases.Add(id);
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return (user.Email, secret, teamCases, count);
    }

    private static async Task<HttpClient> SignInAsync(BenchApp app, string email, string secret)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://beacon.test/"), AllowAutoRedirect = false, HandleCookies = true });
        await PostAsync(client, "/sign-in", new() { ["Email"] = email, ["Password"] = "quartz lagoon velvet harbour" });
        await PostAsync(client, "/sign-in/two-factor", new() { ["Code"] = Totp.Code(Base32.Decode(secret), Totp.TimeStep(DateTimeOffset.UtcNow)) });
        return client;
    }

    private static async Task PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|name=\"__RequestVerificationToken\" value=\"([^\"]+)\"") is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
        var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        }
    }

    private static async Task ExecuteAsync(string admin, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>Beacon in process on the bench database, quiet, with the sign-in throttle out of the way.</summary>
internal sealed class BenchApp(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Beacon.slnx")))
        {
            root = root.Parent;
        }

        builder.UseContentRoot(Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run from the repository."), "src", "Beacon.Web"));
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Beacon", connectionString);
        builder.UseSetting("Beacon:SignInRateLimit:PermitLimit", "100000");
        builder.UseSetting("Email:Dispatcher:Enabled", "false");
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
