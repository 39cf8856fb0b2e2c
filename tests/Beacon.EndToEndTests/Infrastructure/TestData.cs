using System.Text.RegularExpressions;
using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.EndToEndTests.Infrastructure;

/// <summary>A user the tests made, with what it takes to sign in as them.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, string TotpSecret, string DisplayName, Guid OrganisationId);

/// <summary>An organisation with one team, working in one area.</summary>
public sealed record TestOrganisation(Guid Id, string Name, Guid TeamId, string TeamName, Guid AreaId, string AreaName);

public sealed record TestCase(Guid Id, string Reference);

/// <summary>
/// Builders for test data, straight into the live app's database. Every name is invented and unique
/// per call: the tests share one database and run in parallel.
/// </summary>
public static partial class TestData
{
    public const string Password = "kestrel lagoon walnut ember";

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<TestOrganisation> CreateOrganisationAsync(this LiveApp app, OrganisationType type = OrganisationType.LocalAuthority)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var area = new Area { Id = Guid.NewGuid(), Name = Unique("Area"), CreatedAt = now, Version = Guid.NewGuid() };
        var organisation = new Organisation { Id = Guid.NewGuid(), Name = Unique("Council"), Type = type, CreatedAt = now, Version = Guid.NewGuid(), Areas = [new OrganisationArea { AreaId = area.Id }] };
        var team = new Team { Id = Guid.NewGuid(), OrganisationId = organisation.Id, Name = Unique("MASH"), CreatedAt = now, Version = Guid.NewGuid() };
        db.Areas.Add(area);
        db.Organisations.Add(organisation);
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return new TestOrganisation(organisation.Id, organisation.Name, team.Id, team.Name, area.Id, area.Name);
    }

    /// <summary>A user in the organisation's team with a password and an authenticator app set up.</summary>
    public static async Task<TestUser> CreateUserAsync(this LiveApp app, TestOrganisation organisation, string displayName, params Role[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
        var email = $"user-{Guid.NewGuid().ToString("N")[..12]}@example.test";
        var user = new BeaconUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            OrganisationId = organisation.Id,
            TeamId = organisation.TeamId,
            CreatedAt = DateTimeOffset.UtcNow,
            LockoutEnabled = true,
            Roles = [.. roles.Select(r => new UserRoleAssignment { Role = r })],
        };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        var secret = (await users.GetAuthenticatorKeyAsync(user))!;
        return new TestUser(user.Id, email, Password, secret, displayName, organisation.Id);
    }

    /// <summary>A user alone in a new organisation: the usual start of a journey.</summary>
    public static async Task<TestUser> CreateUserAsync(this LiveApp app, string displayName, params Role[] roles) =>
        await app.CreateUserAsync(await app.CreateOrganisationAsync(), displayName, roles);

    public static async Task<TestCase> CreateCaseAsync(this LiveApp app, TestOrganisation owner, TestUser createdBy, string summary = "A 15-year-old seen at a hand car wash on a school day.")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = Guid.NewGuid();
        var reference = $"E2E-{id.ToString("N")[..8].ToUpperInvariant()}";
        db.Cases.Add(new Beacon.Core.Cases.Case
        {
            Id = id,
            Reference = reference,
            AreaId = owner.AreaId,
            OwningOrganisationId = owner.Id,
            OwningTeamId = owner.TeamId,
            CreatedByUserId = createdBy.Id,
            CreatedAt = DateTimeOffset.UtcNow,
            Summary = summary,
            Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync();
        return new TestCase(id, reference);
    }

    /// <summary>Logs a look at the case by the user, as the case gate does when they open it.</summary>
    public static async Task RecordCaseViewAsync(this LiveApp app, TestCase viewed, TestUser viewer, params Role[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var actor = new Actor(viewer.Id, viewer.OrganisationId, string.Join(",", roles), $"e2e-{Guid.NewGuid():N}");
        new AuditTrail(db, TimeProvider.System, new FixedActorSource(actor)).Access(CaseAccess.ResourceType, viewed.Id, "View", AccessOutcome.Allowed);
        await db.SaveChangesAsync();
    }

    /// <summary>The address of the newest link to <paramref name="path"/> emailed to the address, path and query only.</summary>
    public static async Task<string> LinkEmailedToAsync(this LiveApp app, string to, string path)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bodies = await db.OutboxEmails.AsNoTracking().Where(e => e.To == to).Select(e => new { e.CreatedAt, e.Body }).ToListAsync();
        var body = bodies.OrderByDescending(e => e.CreatedAt).Select(e => e.Body).FirstOrDefault();
        body.ShouldNotBeNull($"no email to {to}");
        var match = Link().Matches(body).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith(path, StringComparison.Ordinal));
        match.ShouldNotBeNull($"the email has no link to {path}");
        return match.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
