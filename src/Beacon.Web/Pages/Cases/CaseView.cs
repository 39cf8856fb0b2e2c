using Beacon.Core.Access;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases;

/// <summary>
/// A case as one user may see it: sections they may not see are null, never read into the page
/// (security standard item 4), for the HTML and the JSON alike.
/// </summary>
public sealed record CaseView(
    Guid Id,
    string Reference,
    string Area,
    string OwningOrganisation,
    string OwningTeam,
    DateTimeOffset CreatedAt,
    string? Summary,
    string? PoliceInformation,
    string? HealthInformation)
{
    public static Task<CaseView> ReadAsync(AppDbContext db, CaseGrant grant, CancellationToken cancellationToken = default)
    {
        var summary = grant.Sees(CaseSections.Summary);
        var police = grant.Sees(CaseSections.Police);
        var health = grant.Sees(CaseSections.Health);
        return (
            from c in db.Cases.AsNoTracking()
            where c.Id == grant.CaseId
            join a in db.Areas on c.AreaId equals a.Id
            join o in db.Organisations on c.OwningOrganisationId equals o.Id
            join t in db.Teams on c.OwningTeamId equals t.Id
            select new CaseView(
                c.Id,
                c.Reference,
                a.Name,
                o.Name,
                t.Name,
                c.CreatedAt,
                summary ? c.Summary : null,
                police ? c.PoliceInformation : null,
                health ? c.HealthInformation : null))
            .SingleAsync(cancellationToken);
    }
}
