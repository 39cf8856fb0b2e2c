using Beacon.Core.Accounts;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Home;

/// <summary>The signed-in start: the parts of Beacon this user's roles open.</summary>
public class IndexModel(CurrentUser currentUser) : PageModel
{
    public string DisplayName => currentUser.Session?.DisplayName ?? string.Empty;

    public bool Has(Capability capability) => currentUser.Has(capability);

    public bool WorksCases => currentUser.Has(Capability.ConcernsRaise) || currentUser.Has(Capability.CasesWorkTeam)
        || currentUser.Has(Capability.CasesViewArea) || currentUser.Has(Capability.CasesViewShared);

    public void OnGet()
    {
    }
}
