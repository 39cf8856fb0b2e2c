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
