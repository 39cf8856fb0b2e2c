using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Organisations;

namespace Beacon.Core.Access;

/// <summary>What a rule needs to know about one case, read through the query filter.</summary>
public sealed record CaseAccessFacts(
    Guid CaseId,
    Guid AreaId,
    Guid OwningOrganisationId,
    Guid OwningTeamId,
    Guid CreatedByUserId,
    bool IsMember,
    CaseSections SharedWithOrganisation);

/// <summary>
/// Which sections of a case a user sees. Whether they see the case at all is the query filter's
/// (<see cref="Data.AppDbContext"/>): a case the filter hides is never read, so it cannot leak.
/// This decides the sections of a case the filter has let through.
/// </summary>
public static class CaseAccessPolicy
{
    public static CaseSections VisibleSections(AccessScope scope, CaseAccessFacts facts)
    {
        if (scope.IsSystem)
        {
            return CaseSections.Shareable | CaseSections.Police | CaseSections.Health;
        }

        if (!scope.IsUser)
        {
            return CaseSections.None;
        }

        var sections = CaseSections.None;
        if ((scope.Has(Capability.CasesWorkTeam) && scope.TeamId == facts.OwningTeamId)
            || (scope.Has(Capability.CasesViewArea) && scope.AreaIds.Contains(facts.AreaId))
            || (facts.IsMember && scope.OrganisationId == facts.OwningOrganisationId))
        {
            sections |= CaseSections.Shareable;
        }

        if ((scope.Has(Capability.ConcernsRaise) && facts.CreatedByUserId == scope.UserId) || facts.IsMember)
        {
            sections |= CaseSections.Summary;
        }

        if (scope.Has(Capability.CasesViewShared) || facts.IsMember)
        {
            sections |= facts.SharedWithOrganisation & CaseSections.Shareable;
        }

        if (sections != CaseSections.None)
        {
            sections |= scope.OrganisationType switch
            {
                OrganisationType.Police => CaseSections.Police,
                OrganisationType.Nhs => CaseSections.Health,
                _ => CaseSections.None,
            };
        }

        return sections;
    }
}
