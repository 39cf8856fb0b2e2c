using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Web.Infrastructure.Security;

namespace Beacon.Web.Pages.Cases;

internal static class CaseManagers
{
    /// <summary>
    /// Only those who work the case (its team, or its area's coordinators) decide who else sees it
    /// (sharing, the case team); partners who were shared a case cannot pass it on.
    /// </summary>
    public static bool CanManage(CaseGrant grant, CurrentUser user) =>
        grant.Sees(CaseSections.Shareable) && (user.Has(Capability.CasesWorkTeam) || user.Has(Capability.CasesViewArea));
}
