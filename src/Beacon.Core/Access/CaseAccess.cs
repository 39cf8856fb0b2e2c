using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Access;

/// <summary>What this user may see of one case, for this request.</summary>
public sealed record CaseGrant(Guid CaseId, CaseSections Sections)
{
    public bool Sees(CaseSections section) => (Sections & section) == section;
}

/// <summary>
/// The one gate every case route goes through (view, edit, print, files, exports, API): reads the
/// case through the query filter, decides the sections, and writes the access-log row, allowed or
/// denied, in the caller's transaction. A case the user may not see and a case that does not
/// exist are the same to the caller: null.
/// </summary>
public sealed class CaseAccess(AppDbContext db, AuditTrail audit)
{
    public const string ResourceType = "Case";

    public async Task<CaseGrant?> OpenAsync(Guid caseId, string action, CancellationToken cancellationToken = default)
    {
        var scope = db.Scope;
        var row = await db.Cases.AsNoTracking()
            .Where(c => c.Id == caseId)
            .Select(c => new
            {
                c.Id,
                c.AreaId,
                c.OwningOrganisationId,
                c.OwningTeamId,
                c.CreatedByUserId,
                IsMember = c.Members.Any(m => m.UserId == scope.UserId),
                Shared = c.Shares.Where(s => s.OrganisationId == scope.OrganisationId && s.RevokedAt == null).Select(s => s.Sections).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        var sections = CaseSections.None;
        if (row is not null)
        {
            var shared = row.Shared.Aggregate(CaseSections.None, (all, s) => all | s);
            sections = CaseAccessPolicy.VisibleSections(scope, new CaseAccessFacts(row.Id, row.AreaId, row.OwningOrganisationId, row.OwningTeamId, row.CreatedByUserId, row.IsMember, shared));
        }

        var allowed = sections != CaseSections.None;
        audit.Access(ResourceType, caseId, action, allowed ? AccessOutcome.Allowed : AccessOutcome.Denied);
        await db.SaveChangesAsync(cancellationToken);
        return allowed ? new CaseGrant(caseId, sections) : null;
    }
}
