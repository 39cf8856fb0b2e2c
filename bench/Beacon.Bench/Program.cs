using System.Diagnostics;
using System.Globalization;
using System.Net;
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
/// The database is filled at the case journey's ratios (<see cref="BulkSeed"/>); the signed-in user is a
/// MASH worker, so the case pages, the timeline, the work tray and the duplicate check are timed as
/// they would be used. Pages not on this branch are reported as not found.
/// Reports latency percentiles; asserts nothing. Usage (after `eval "$(scripts/postgres-start)"`):
///   dotnet run -c Release --project bench/Beacon.Bench -- [cases=20000] [requests=2000] [concurrency=4]
/// With `area-picture` first, the area's picture on a million referrals instead (<see cref="AreaPictureBench"/>).
/// </summary>
internal static class Bench
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "area-picture")
        {
            return await AreaPictureBench.RunAsync(args[1..]);
        }

        await CaseBenchAsync(args);
        return 0;
    }

    private static async Task CaseBenchAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var admin = Environment.GetEnvironmentVariable("BEACON_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set BEACON_TEST_POSTGRES (eval \"$(scripts/postgres-start)\").");

        var total = Stopwatch.StartNew();
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
            var seed = await BulkSeed.RunAsync(app, connectionString, cases, DateTimeOffset.UtcNow);
            Console.WriteLine($"Seeded {seed.Cases:N0} cases in {seeded.Elapsed.TotalSeconds:F1} s (binary COPY); the signed-in MASH worker's team owns {seed.TeamCases.Count:N0}, with {seed.TrayConcerns.Count:N0} concerns waiting in its tray.");
            foreach (var (table, rows, seconds) in seed.Tables)
            {
                Console.WriteLine($"  {table,-22} {rows,12:N0} rows {seconds,8:F1} s");
            }

            Console.WriteLine($"Database size {await DatabaseSizeAsync(connectionString)}; bench process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB.");

            var client = await SignInAsync(app, seed.Email, seed.Secret);
            var random = new Random(52);
            Guid TeamCase() => seed.TeamCases[random.Next(seed.TeamCases.Count)];
            Guid TrayConcern() => seed.TrayConcerns[random.Next(seed.TrayConcerns.Count)];
            Console.WriteLine($"{requests:N0} requests per page, {concurrency} at a time, in-process (no network), PostgreSQL {cases:N0} cases:");
            Console.WriteLine($"{"page",-36} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"req/s",8}");
            foreach (var (name, path) in new (string, Func<string>)[]
            {
                ("/home (session check only)", () => "/home"),
                ("/cases/{id} (gate + log)", () => $"/cases/{TeamCase()}"),
                ("/api/cases/{id}", () => $"/api/cases/{TeamCase()}"),
                ("/cases (list + count)", () => "/cases"),
                ("/cases/{id}/timeline", () => $"/cases/{TeamCase()}/timeline"),
                ("/trays (team's new concerns)", () => "/trays"),
                ("/trays?tab=mine", () => "/trays?tab=mine"),
                ("/concerns/{id}/triage", () => $"/concerns/{TrayConcern()}/triage"),
                ("/concerns/{id}/triage/duplicates", () => $"/concerns/{TrayConcern()}/triage/duplicates"),
            })
            {
                // Pages other branches add may not be here yet: say so rather than fail.
                using (var probe = await client.GetAsync(path()))
                {
                    if (!probe.IsSuccessStatusCode)
                    {
                        Console.WriteLine($"{name,-36} {(probe.StatusCode == HttpStatusCode.NotFound ? "not found (not on this branch)" : $"answered {(int)probe.StatusCode}; skipped")}");
                        continue;
                    }
                }

                await MeasureAsync(client, name, path, 50, 1, quiet: true);
                await MeasureAsync(client, name, path, requests, concurrency, quiet: false);
            }

            Console.WriteLine($"Bench process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB; total {total.Elapsed.TotalSeconds:F0} s.");
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
        Console.WriteLine($"{name,-36} {P(0.50),8:F1} {P(0.95),8:F1} {P(0.99),8:F1} {count / total.Elapsed.TotalSeconds,8:F0}");
    }

    internal static async Task<string> DatabaseSizeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    internal static async Task<HttpClient> SignInAsync(BenchApp app, string email, string secret)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://beacon.test/"), AllowAutoRedirect = false, HandleCookies = true });
        await PostAsync(client, "/sign-in", new() { ["Email"] = email, ["Password"] = BulkSeed.Password });
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

    internal static async Task ExecuteAsync(string admin, string sql)
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
    public Guid PoliceId { get; } = Guid.NewGuid();

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
        builder.UseSetting("Beacon:Reminders:Enabled", "false");
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}
