using Beacon.Core.Access;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.Concerns.Triage;

/// <summary>Builders for triage tests: a second team in an organisation, a case with a person on it.</summary>
public static class TriageTestData
{
    /// <summary>Another team of the same organisation (adult triage beside MASH), as a TestOrganisation view of it.</summary>
    public static async Task<TestOrganisation> CreateTeamAsync(this BeaconAppFactory app, TestOrganisation organisation, TeamFunction function = TeamFunction.AdultTriage)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var team = new Team { Id = Guid.NewGuid(), OrganisationId = organisation.Id, Name = TestData.Unique("Team"), Function = function, CreatedAt = app.Time.GetUtcNow(), Version = Guid.NewGuid() };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return organisation with { TeamId = team.Id };
    }

    /// <summary>An open case owned by <paramref name="owner"/> with a person and their name keys.</summary>
    public static async Task<Guid> CreateCaseWithPersonAsync(this BeaconAppFactory app, TestOrganisation owner, Guid createdBy, string firstName, string lastName, DateOnly? dateOfBirth = null, params string[] aliases)
    {
        var caseId = await app.CreateCaseAsync(owner, createdBy);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = AccessScope.ForSystem();
        var person = new CasePerson
        {
            CaseId = caseId,
            FirstName = firstName,
            LastName = lastName,
            DateOfBirth = dateOfBirth,
            Version = Guid.NewGuid(),
            Aliases = [.. aliases.Select(a => new PersonAlias { Id = Guid.NewGuid(), CaseId = caseId, Name = a })],
        };
        db.CasePeople.Add(person);
        await PersonIndex.RebuildKeysAsync(db, caseId, person);
        await db.SaveChangesAsync();
        return caseId;
    }

    public static Guid VersionOf(this AngleSharp.Dom.IDocument page) =>
        Guid.Parse(page.QuerySelector("input[name=Version]")?.GetAttribute("value") ?? throw new InvalidOperationException("The page has no Version field."));
}
