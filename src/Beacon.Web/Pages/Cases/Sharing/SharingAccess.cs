using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Web.Infrastructure.Security;

namespace Beacon.Web.Pages.Cases.Sharing;

internal static class SharingAccess
{
    /// <summary>
    /// Only those who work the case (its team, or its area's coordinators) decide who else sees it;
    /// partners who were shared a case cannot pass it on.
    /// </summary>
    public static bool CanShare(CaseGrant grant, CurrentUser user) =>
        grant.Sees(CaseSections.Shareable) && (user.Has(Capability.CasesWorkTeam) || user.Has(Capability.CasesViewArea));
}
