using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Demo;

/// <summary>What the demo made, for the console to print.</summary>
public sealed record DemoSummary(string AreaName, IReadOnlyList<string> Lines, IReadOnlyList<DemoAccount> Accounts);

/// <summary>A demo sign-in: invented person, generated password and authenticator secret.</summary>
public sealed record DemoAccount(Role Role, string Name, string Email, string Organisation, string? Team, string Password, string TotpSecret);

/// <summary>
/// Fills an empty database with a synthetic area. Every feature adds a step here that builds on the
/// ones before (area → organisations and users → cases → statistics), using the shared
/// <see cref="DemoContext"/> so that the whole demo is repeatable from one seed. Every person it
/// makes is invented.
/// </summary>
public sealed class DemoDataGenerator(AppDbContext db, TimeProvider time, UserManager<BeaconUser> users)
{
    public const string AreaName = "Northbridge";

    public async Task<DemoSummary> GenerateAsync(int seed = 2015, CancellationToken cancellationToken = default)
    {
        if (await db.Areas.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The demo fills an empty database only; start it on a fresh file.");
        }

        // The demo is not a person: it may write cases for anyone.
        db.Scope = AccessScope.ForSystem();
        var context = new DemoContext(new Random(seed), time.GetUtcNow());
        AddArea(context);
        await db.SaveChangesAsync(cancellationToken);

        await DemoPartnership.AddAsync(db, users, context, cancellationToken);

        // Thousands of rows in one save: they are complete when added, so nothing needs detecting.
        var started = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        DemoCases.Add(db, context);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        context.Lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Caseload written in {started.Elapsed.TotalSeconds:F1} s ({cpu.TotalSeconds:F1} s of processor time)"));
        return new DemoSummary(context.Area!.Name, context.Lines, context.Accounts);
    }

    private void AddArea(DemoContext context)
    {
        var area = new Area
        {
            Id = DeterministicGuid.Create("demo-area", AreaName),
            Name = AreaName,
            CreatedAt = context.Now,
            Version = Guid.NewGuid(),
        };
        db.Areas.Add(area);
        context.Area = area;
        context.Lines.Add($"Area: {AreaName} (synthetic; every person in the demo is invented)");
    }
}

/// <summary>State shared by the demo's steps.</summary>
public sealed class DemoContext(Random random, DateTimeOffset now)
{
    public Random Random { get; } = random;

    public DateTimeOffset Now { get; } = now;

    public Area? Area { get; set; }

    public List<string> Lines { get; } = [];

    public List<DemoAccount> Accounts { get; } = [];

    /// <summary>Demo users by role (the first of each), for later steps.</summary>
    public Dictionary<Role, BeaconUser> Users { get; } = [];

    /// <summary>Every demo user by the local part of their email address.</summary>
    public Dictionary<string, BeaconUser> People { get; } = [];

    public Dictionary<string, Organisations.Organisation> Organisations { get; } = [];

    public Dictionary<string, Organisations.Team> Teams { get; } = [];
}
