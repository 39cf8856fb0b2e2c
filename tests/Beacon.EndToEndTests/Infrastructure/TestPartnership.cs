using Beacon.Core.Areas;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.EndToEndTests.Infrastructure;

/// <summary>A council in one area with the teams the case journey routes to.</summary>
public sealed record TestPartnership(Guid AreaId, string AreaName, Guid CouncilId, TestOrganisation Mash, TestOrganisation AdultTriage, TestOrganisation CommunitySafety, TestOrganisation Housing);

public static partial class TestData
{
    public static async Task<TestPartnership> CreatePartnershipAsync(this LiveApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var area = new Area { Id = Guid.NewGuid(), Name = Unique("Area"), CreatedAt = now, Version = Guid.NewGuid() };
        var council = new Organisation { Id = Guid.NewGuid(), Name = Unique("Council"), Type = OrganisationType.LocalAuthority, CreatedAt = now, Version = Guid.NewGuid(), Areas = [new OrganisationArea { AreaId = area.Id }] };
        db.Areas.Add(area);
        db.Organisations.Add(council);
        TestOrganisation Team(string name, TeamFunction function)
        {
            var team = new Team { Id = Guid.NewGuid(), OrganisationId = council.Id, Name = Unique(name), Function = function, CreatedAt = now, Version = Guid.NewGuid() };
            db.Teams.Add(team);
            return new TestOrganisation(council.Id, council.Name, team.Id, team.Name, area.Id, area.Name);
        }

        var partnership = new TestPartnership(
            area.Id,
            area.Name,
            council.Id,
            Team("MASH", TeamFunction.ChildrenMash),
            Team("Adult triage", TeamFunction.AdultTriage),
            Team("Community safety", TeamFunction.CommunitySafety),
            Team("Housing options", TeamFunction.Other));
        await db.SaveChangesAsync();
        return partnership;
    }
}

public static partial class TestData
{
    /// <summary>
    /// Moves a submitted referral's dates back, as if the decision letters had arrived weeks after it:
    /// the live app runs on the real clock and refuses decisions dated in the future.
    /// </summary>
    public static async Task BackdateReferralsAsync(this LiveApp app, Guid caseId, int days)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = Beacon.Core.Access.AccessScope.ForSystem();
        foreach (var referral in db.Referrals.Where(r => r.CaseId == caseId && r.ReferredOn != null).ToList())
        {
            referral.ReferredOn = referral.ReferredOn!.Value.AddDays(-days);
            referral.SubmittedAt = referral.SubmittedAt!.Value.AddDays(-days);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>What the database holds about a case's person, anywhere, as one string to search.</summary>
    public static async Task<string> EverythingStoredAboutAsync(this LiveApp app, Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = Beacon.Core.Access.AccessScope.ForSystem();
        var person = db.CasePeople.Where(p => p.CaseId == caseId).ToList();
        var aliases = db.PersonAliases.Where(a => a.CaseId == caseId).Select(a => a.Name).ToList();
        var keys = db.PersonNameKeys.Where(k => k.CaseId == caseId).Select(k => k.Key).ToList();
        var concerns = db.Concerns.Where(c => c.CaseId == caseId).Select(c => new { c.PersonName, c.PersonOtherNames, c.PersonDateOfBirth }).ToList();
        var referrals = db.Referrals.Where(r => r.CaseId == caseId).Select(r => r.AnswersJson).ToList();
        var summary = db.Cases.Where(c => c.Id == caseId).Select(c => c.Summary).Single();
        return System.Text.Json.JsonSerializer.Serialize(new { person, aliases, keys, concerns, referrals, summary });
    }

    public static async Task<bool> IsAnonymousAsync(this LiveApp app, Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = Beacon.Core.Access.AccessScope.ForSystem();
        return db.Cases.Where(c => c.Id == caseId).Select(c => c.IsAnonymous).Single();
    }
}
