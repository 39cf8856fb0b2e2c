using System.Diagnostics;
using System.Globalization;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.AreaPicture;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Beacon.Bench;

/// <summary>
/// The area's picture on a million referrals (<see cref="AreaPictureSeed"/>): the dashboard's server
/// time for the community safety coordinator, signed in through the real pages, against the same
/// aggregates in hand-written SQL (<see cref="AreaPictureSql"/>), as a ratio; and a check that both
/// count the same. Usage (after `eval "$(scripts/postgres-start)"`):
///   dotnet run -c Release --project bench/Beacon.Bench -- area-picture [referrals=1000000] [requests=200] [concurrency=4]
/// BEACON_BENCH_EXPLAIN=1 then logs every statement of one request per view with its plan
/// (auto_explain) to the cluster's postgres.log; BEACON_BENCH_KEEP=1 keeps the database, and
/// BEACON_BENCH_DATABASE=&lt;name&gt; measures a kept one again without seeding.
/// </summary>
internal static class AreaPictureBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var admin = Environment.GetEnvironmentVariable("BEACON_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set BEACON_TEST_POSTGRES (eval \"$(scripts/postgres-start)\").");
        var keep = Environment.GetEnvironmentVariable("BEACON_BENCH_KEEP") == "1";

        var total = Stopwatch.StartNew();
        var reuse = Environment.GetEnvironmentVariable("BEACON_BENCH_DATABASE");
        var database = reuse ?? $"beacon_area_picture_{DateTime.UtcNow:yyyyMMddHHmmss}";
        keep |= reuse is not null;
        if (reuse is null)
        {
            await Bench.ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database, MaxPoolSize = 50 }.ToString();
        try
        {
            await using var app = new BenchApp(connectionString);
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; load {Load()} before seeding.");
            AreaPictureSeeded seed;
            if (reuse is null)
            {
                var options = new DbContextOptionsBuilder<AppDbContext>();
                DatabaseSettings.From("Postgres", connectionString, "/").Apply(options);
                await using (var db = new AppDbContext(options.Options))
                {
                    await new DatabaseInitializer(db).MigrateAsync();
                }

                var seeded = Stopwatch.StartNew();
                seed = await AreaPictureSeed.RunAsync(app, connectionString, count, DateTimeOffset.UtcNow);
                Console.WriteLine($"Seeded {count:N0} referrals in {seeded.Elapsed.TotalSeconds:F1} s (binary COPY, then VACUUM ANALYZE); load {Load()}.");
                foreach (var (table, rows, seconds) in seed.Tables)
                {
                    Console.WriteLine($"  {table,-22} {rows,12:N0} rows {seconds,8:F1} s");
                }
            }
            else
            {
                seed = await AreaPictureSeed.FindAsync(app);
                Console.WriteLine($"Reusing the seeded database {database}.");
            }

            Console.WriteLine($"Database size {await Bench.DatabaseSizeAsync(connectionString)}.");

            var today = UkTime.Today(TimeProvider.System);
            var year = today.Year - 1;
            var quarter = Quarter.Of(today).Previous;
            // The plain SQL runs as the app's connections do (DatabaseSettings turns JIT off), so the ratio compares the statements alone.
            await using var data = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c jit=off" }.ToString());
            var yearFilter = new AreaPictureFilter(new Quarter(year, 1), new Quarter(year, 4), seed.CoordinatorAreas);
            var cityYear = yearFilter with { AreaIds = [seed.BigArea] };
            var cityQuarter = new AreaPictureFilter(quarter, quarter, [seed.BigArea]);
            foreach (var (label, filter) in new[] { ($"{year}, Bench City", cityYear), ($"{year}, the coordinator's two areas", yearFilter), ($"{quarter.Label}, Bench City", cityQuarter) })
            {
                Console.WriteLine($"Referrals made in {label}: {await ReferralsAsync(data, filter):N0} (of which Duty to Notify {await ReferralsAsync(data, filter, "DutyToNotify"):N0}).");
            }

            var client = await Bench.SignInAsync(app, seed.Email, seed.Secret);
            var views = new (string Name, string Path, AreaPictureFilter Filter, Audience Audience)[]
            {
                ($"year {year}, all your areas", $"/area-picture?from={year}-q1&to={year}-q4", yearFilter, Audience.Partnership),
                ($"year {year}, Bench City", $"/area-picture?from={year}-q1&to={year}-q4&area={seed.BigArea}", cityYear, Audience.Partnership),
                ($"{quarter.Label}, Bench City", $"/area-picture?from={quarter.Code}&to={quarter.Code}&area={seed.BigArea}", cityQuarter, Audience.Partnership),
                ($"year {year}, outside partnership", $"/area-picture?from={year}-q1&to={year}-q4&audience=outside", yearFilter, Audience.OutsideThePartnership),
            };

            // The figures first: the page, the service and the plain SQL must count the same.
            var scope = AccessScope.ForUser(seed.UserId, seed.OrganisationId, OrganisationType.LocalAuthority, seed.TeamId, seed.CoordinatorAreas, [Role.CommunitySafetyCoordinator]);
            var agree = true;
            foreach (var view in views.Where(v => v.Audience == Audience.Partnership))
            {
                agree &= await CheckAsync(app, client, data, scope, view.Name, view.Path, view.Filter);
            }

            if (!agree)
            {
                Console.WriteLine("FIGURES DISAGREE: the plain SQL and the dashboard count differently (see above).");
                return 1;
            }

            Console.WriteLine("figures agree (page headline, AreaPictureService and plain SQL: quarterly counts by kind, decisions, time to reasonable grounds, waiting, reconsiderations, safeguarding, concerns).");

            var warmUp = Math.Clamp(requests / 10, 1, 20);
            await MeasureViewsAsync(client, data, views, today, requests, concurrency, warmUp, "");

            if (Environment.GetEnvironmentVariable("BEACON_BENCH_EXPLAIN") == "1")
            {
                await ExplainAsync(admin, database, client, views.Select(v => v.Path));
            }

            Console.WriteLine($"Bench process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB; total {total.Elapsed.TotalSeconds:F0} s; load {Load()}.");
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (keep)
            {
                Console.WriteLine($"Kept database {database}.");
            }
            else
            {
                await Bench.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }
        }
    }

    private static async Task MeasureViewsAsync(HttpClient client, NpgsqlDataSource data, (string Name, string Path, AreaPictureFilter Filter, Audience Audience)[] views, DateOnly today, int requests, int concurrency, int warmUp, string note)
    {
        Console.WriteLine();
        Console.WriteLine($"{requests:N0} requests per view after {warmUp} to warm up, {concurrency} at a time, in-process (no network){note}; times in ms.");
        Console.WriteLine($"{"view",-40} {"what",-10} {"p50",8} {"p95",8} {"p99",8} {"max",8} {"req/s",7}  load");
        var results = new List<(string Name, Stats Page, Stats Sql)>();
        foreach (var view in views)
        {
            async Task Page()
            {
                using var response = await client.GetAsync(view.Path);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
            }

            async Task Sql() => await AreaPictureSql.RunAsync(data, view.Filter, today, DateTimeOffset.UtcNow);

            await MeasureAsync(Page, warmUp, 1);
            var page = await MeasureAsync(Page, requests, concurrency);
            Console.WriteLine($"{view.Name,-40} {"dashboard",-10} {page}");
            await MeasureAsync(Sql, warmUp, 1);
            var sql = await MeasureAsync(Sql, requests, concurrency);
            Console.WriteLine($"{"",-40} {"plain SQL",-10} {sql}");
            results.Add((view.Name, page, sql));
        }

        Console.WriteLine();
        Console.WriteLine($"{"view",-40} {"p50 ratio",10} {"p95 ratio",10}  (dashboard ÷ plain SQL{note}; target dashboard p95 ≤ 300 ms)");
        foreach (var (name, page, sql) in results)
        {
            Console.WriteLine($"{name,-40} {page.P50 / sql.P50,10:F1} {page.P95 / sql.P95,10:F1}  {(page.P95 <= 300 ? "meets" : "misses")} the target");
        }
    }

    private static async Task<int> ReferralsAsync(NpgsqlDataSource data, AreaPictureFilter filter, string? kind = null)
    {
        await using var command = data.CreateCommand(
            "SELECT count(*)::int FROM referrals WHERE status <> 'Draft' AND kind IS NOT NULL AND area_id = ANY($1) AND referred_on BETWEEN $2 AND $3" + (kind is null ? "" : " AND kind = $4"));
        command.Parameters.Add(new() { Value = filter.AreaIds.ToArray() });
        command.Parameters.Add(new() { Value = filter.From.Start });
        command.Parameters.Add(new() { Value = filter.To.End });
        if (kind is not null)
        {
            command.Parameters.Add(new() { Value = kind });
        }

        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Compares the plain SQL's figures with the service's (as the coordinator) and with the page's headline.</summary>
    private static async Task<bool> CheckAsync(BenchApp app, HttpClient client, NpgsqlDataSource data, AccessScope scope, string name, string path, AreaPictureFilter filter)
    {
        var today = UkTime.Today(TimeProvider.System);
        var sql = await AreaPictureSql.RunAsync(data, filter, today, DateTimeOffset.UtcNow);
        await using var services = app.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = scope;
        var picture = await services.ServiceProvider.GetRequiredService<AreaPictureService>().BuildAsync(filter, Audience.Partnership);

        double Total(string table, int column) => picture.Table(table)?.Rows.LastOrDefault(r => r.IsTotal)?.Values[column].Number ?? 0;
        var pairs = new List<(string What, long Sql, long Service)>();
        foreach (var q in picture.Figures.ByQuarter)
        {
            pairs.Add(($"{q.Quarter.Label} NRM referrals", sql.ByQuarter.GetValueOrDefault((q.Quarter, "Nrm")), q.NrmReferrals));
            pairs.Add(($"{q.Quarter.Label} Duty to Notify reports", sql.ByQuarter.GetValueOrDefault((q.Quarter, "DutyToNotify")), q.DutyToNotifyReports));
        }

        foreach (var type in sql.NrmByExploitationType.Keys.Union(picture.Figures.NrmByExploitationType.Keys))
        {
            pairs.Add(($"NRM referrals, {type}", sql.NrmByExploitationType.GetValueOrDefault(type), picture.Figures.NrmByExploitationType.GetValueOrDefault(type)));
        }

        pairs.Add(("decisions made", sql.DecisionsMade, (long)Total("decisions-made", 2)));
        pairs.Add(("first reasonable grounds decisions made", sql.ReasonableGroundsMade, (long)(picture.Table("decisions-made")?.Rows.FirstOrDefault(r => r.Label == "Reasonable grounds")?.Values[2].Number ?? -1)));
        pairs.Add(("first conclusive grounds decisions made", sql.ConclusiveGroundsMade, (long)(picture.Table("decisions-made")?.Rows.FirstOrDefault(r => r.Label == "Conclusive grounds")?.Values[2].Number ?? -1)));
        pairs.Add(("first reasonable grounds decisions", sql.FirstReasonableGrounds, (long)Total("time-to-reasonable-grounds", 0)));
        pairs.Add(("within 5 working days", sql.WithinFiveWorkingDays, (long)Total("time-to-reasonable-grounds", 2)));
        pairs.Add(("waiting for conclusive grounds", sql.Waiting, (long)Total("waiting-for-conclusive-grounds", 0)));
        pairs.Add(("reconsiderations", sql.Reconsiderations, (long)Total("reconsiderations", 2)));
        pairs.Add(("safeguarding actions", sql.SafeguardingActions, (long)Total("safeguarding-timeliness", 4)));
        pairs.Add(("concerns", sql.Concerns, (long)Total("places", 0)));

        var html = await client.GetStringAsync(path);
        var headline = picture.Figures.NrmTotal.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
        var pageAgrees = html.Contains($">{headline}</span>NRM referrals", StringComparison.Ordinal);

        var wrong = pairs.Where(p => p.Sql != p.Service).ToList();
        Console.WriteLine($"{name}: {picture.Figures.NrmTotal:N0} NRM referrals and {picture.Figures.DutyToNotifyTotal:N0} Duty to Notify reports; {pairs.Count} figures compared, {wrong.Count} differ; the page's headline {(pageAgrees ? "agrees" : "DIFFERS")}.");
        foreach (var (what, s, service) in wrong)
        {
            Console.WriteLine($"  {what}: plain SQL {s:N0}, dashboard {service:N0}");
        }

        return wrong.Count == 0 && pageAgrees;
    }

    /// <summary>One request per view with auto_explain on, so every statement's plan lands in the server log.</summary>
    private static async Task ExplainAsync(string admin, string database, HttpClient client, IEnumerable<string> paths)
    {
        await Bench.ExecuteAsync(admin, $"ALTER DATABASE \"{database}\" SET session_preload_libraries = 'auto_explain'");
        await Bench.ExecuteAsync(admin, $"ALTER DATABASE \"{database}\" SET auto_explain.log_min_duration = 0");
        await Bench.ExecuteAsync(admin, $"ALTER DATABASE \"{database}\" SET auto_explain.log_analyze = on");
        await Bench.ExecuteAsync(admin, $"ALTER DATABASE \"{database}\" SET auto_explain.log_buffers = on");
        NpgsqlConnection.ClearAllPools();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
        }

        Console.WriteLine($"Plans of one request per view are in {Environment.GetEnvironmentVariable("BEACON_PG_ROOT")}/postgres.log (auto_explain).");
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    internal sealed record Stats(double P50, double P95, double P99, double Max, double PerSecond, string Load)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{P50,8:F1} {P95,8:F1} {P99,8:F1} {Max,8:F1} {PerSecond,7:F1}  {Load}");
    }

    private static async Task<Stats> MeasureAsync(Func<Task> operation, int count, int concurrency)
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
                await operation();
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        var seconds = total.Elapsed.TotalSeconds;
        Array.Sort(times);
        double P(double q) => times[(int)Math.Min(times.Length - 1, Math.Ceiling(q * times.Length) - 1)];
        return new Stats(P(0.50), P(0.95), P(0.99), times[^1], count / seconds, Load());
    }
}
