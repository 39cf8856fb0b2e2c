using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Infrastructure;

/// <summary>A user the tests made, with what it takes to sign in as them.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, string TotpSecret, Guid OrganisationId, Guid? TeamId, IReadOnlyList<Role> Roles);

/// <summary>An organisation with one team, working in one area.</summary>
public sealed record TestOrganisation(Guid Id, string Name, OrganisationType Type, Guid TeamId, Guid AreaId);

/// <summary>
/// Builders for test data, straight into the app's database. Every name is invented and unique per
/// call, so tests sharing a database never see each other's rows by accident.
/// </summary>
public static class TestData
{
    public const string Password = "correct horse battery staple";

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<Guid> CreateAreaAsync(this BeaconAppFactory app, string? name = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var area = new Area { Id = Guid.NewGuid(), Name = name ?? Unique("Area"), CreatedAt = app.Time.GetUtcNow(), Version = Guid.NewGuid() };
        db.Areas.Add(area);
        await db.SaveChangesAsync();
        return area.Id;
    }

    public static async Task<TestOrganisation> CreateOrganisationAsync(this BeaconAppFactory app, OrganisationType type = OrganisationType.LocalAuthority, Guid? areaId = null, string? name = null)
    {
        var area = areaId ?? await app.CreateAreaAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(),
            Name = name ?? Unique(type.ToString()),
            Type = type,
            CreatedAt = app.Time.GetUtcNow(),
            Version = Guid.NewGuid(),
            Areas = [new OrganisationArea { AreaId = area }],
        };
        var team = new Team { Id = Guid.NewGuid(), OrganisationId = organisation.Id, Name = Unique("Team"), CreatedAt = app.Time.GetUtcNow(), Version = Guid.NewGuid() };
        db.Organisations.Add(organisation);
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return new TestOrganisation(organisation.Id, organisation.Name, type, team.Id, area);
    }

    /// <summary>A user with a password and an authenticator already set up (or not, with <paramref name="twoFactor"/> false).</summary>
    public static async Task<TestUser> CreateUserAsync(this BeaconAppFactory app, TestOrganisation organisation, Role[] roles, bool inTeam = true, bool twoFactor = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconUser>>();
        var email = $"user-{Guid.NewGuid():N}@example.test";
        var user = new BeaconUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Test User",
            OrganisationId = organisation.Id,
            TeamId = inTeam ? organisation.TeamId : null,
            CreatedAt = app.Time.GetUtcNow(),
            LockoutEnabled = true,
            Roles = [.. roles.Select(r => new UserRoleAssignment { Role = r })],
        };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        var secret = string.Empty;
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            secret = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return new TestUser(user.Id, email, Password, secret, organisation.Id, user.TeamId, roles);
    }

    public static async Task<TestUser> CreateUserAsync(this BeaconAppFactory app, params Role[] roles) =>
        await app.CreateUserAsync(await app.CreateOrganisationAsync(), roles);

    public static async Task<Guid> CreateCaseAsync(this BeaconAppFactory app, TestOrganisation owner, Guid createdBy, string summary = "A concern about a person working long hours for no pay.", string? police = null, string? health = null, Guid? areaId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = Guid.NewGuid();
        db.Cases.Add(new Beacon.Core.Cases.Case
        {
            Id = id,
            Reference = $"T-{id.ToString("N")[..10].ToUpperInvariant()}",
            AreaId = areaId ?? owner.AreaId,
            OwningOrganisationId = owner.Id,
            OwningTeamId = owner.TeamId,
            CreatedByUserId = createdBy,
            CreatedAt = app.Time.GetUtcNow(),
            Summary = summary,
            PoliceInformation = police,
            HealthInformation = health,
            Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync();
        return id;
    }

    public static async Task ShareCaseAsync(this BeaconAppFactory app, Guid caseId, Guid organisationId, CaseSections sections, Guid sharedBy)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.CaseShares.Add(new CaseShare
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            OrganisationId = organisationId,
            Sections = sections,
            Purpose = "Joint safeguarding of the person",
            LegalBasis = LegalBasis.SafeguardingChildrenAndAdultsAtRisk,
            Consent = ShareConsent.Given,
            SharedByUserId = sharedBy,
            SharedAt = app.Time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    public static async Task AddCaseMemberAsync(this BeaconAppFactory app, Guid caseId, Guid userId, Guid addedBy)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.CaseMembers.Add(new CaseMember { CaseId = caseId, UserId = userId, AddedAt = app.Time.GetUtcNow(), AddedByUserId = addedBy });
        await db.SaveChangesAsync();
    }

    /// <summary>A context that sees everything, for assertions on what the app wrote.</summary>
    public static async Task<T> QueryAsync<T>(this BeaconAppFactory app, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = AccessScope.ForSystem();
        return await query(db);
    }

    // ---- decisions: submitted referrals made straight into the database ----

    /// <summary>A submitted NRM referral (or Duty to Notify report), as the referral journey leaves it.</summary>
    public static async Task<Guid> CreateSubmittedReferralAsync(this BeaconAppFactory app, Guid caseId, Guid submittedBy, DateOnly referredOn, ReferralKind kind = ReferralKind.Nrm, DecisionMaker maker = DecisionMaker.SingleCompetentAuthority)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = AccessScope.ForSystem();
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Kind = kind,
            Status = ReferralStatus.Submitted,
            AnswersJson = "{}",

            // A Duty to Notify report is only ever about an adult who declined (the model refuses otherwise).
            UnderEighteen = kind == ReferralKind.DutyToNotify ? AgeAnswer.Adult : null,
            ConsentGiven = kind == ReferralKind.DutyToNotify ? false : null,
            DecisionMaker = maker,
            StartedAt = app.Time.GetUtcNow(),
            StartedByUserId = submittedBy,
            SubmittedAt = app.Time.GetUtcNow(),
            SubmittedByUserId = submittedBy,
            ReferredOn = referredOn,
            Version = Guid.NewGuid(),
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    // ---- Triage (branch triage): concerns straight into a triage team's queue ----

    /// <summary>A concern in <paramref name="triage"/>'s queue (its team), raised by <paramref name="raisedBy"/>.</summary>
    public static async Task<Guid> CreateConcernAsync(
        this BeaconAppFactory app,
        TestOrganisation triage,
        Guid raisedBy,
        string? personName = null,
        string? otherNames = null,
        DateOnly? dateOfBirth = null,
        Beacon.Core.Cases.AgeAnswer age = Beacon.Core.Cases.AgeAnswer.Under18,
        Beacon.Core.Cases.RagRating rag = Beacon.Core.Cases.RagRating.Amber,
        DateTimeOffset? raisedAt = null,
        Guid? areaId = null,
        Guid? raisedByOrganisationId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = Guid.NewGuid();
        db.Concerns.Add(new Beacon.Core.Concerns.Concern
        {
            Id = id,
            Reference = $"C-T-{id.ToString("N")[..10].ToUpperInvariant()}",
            AreaId = areaId ?? triage.AreaId,
            RaisedByUserId = raisedBy,
            RaisedByOrganisationId = raisedByOrganisationId ?? triage.Id,
            RaisedAt = raisedAt ?? app.Time.GetUtcNow(),
            JourneyId = Guid.NewGuid(),
            Status = Beacon.Core.Concerns.ConcernStatus.New,
            Route = age == Beacon.Core.Cases.AgeAnswer.Adult ? Beacon.Core.Cases.CaseRoute.Adult : Beacon.Core.Cases.CaseRoute.Child,
            TriageTeamId = triage.TeamId,
            Rag = rag,
            Indicators = Beacon.Core.Cases.Indicators.ExcessiveHours,
            WhatWasSeen = "Seen working very long hours at a car wash, looked frightened.",
            WhereSeen = "A hand car wash on the high street",
            PersonKnown = personName is not null,
            PersonName = personName,
            PersonOtherNames = otherNames,
            PersonDateOfBirth = dateOfBirth,
            Age = age,
            Version = Guid.NewGuid(),
        });
        await db.SaveChangesAsync();
        return id;
    }
}
