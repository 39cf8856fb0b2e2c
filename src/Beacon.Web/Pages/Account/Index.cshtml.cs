using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Account;

/// <summary>Your account: who Beacon thinks you are and what you may do.</summary>
[Authorize]
public class IndexModel(AppDbContext db, CurrentUser currentUser, UserManager<BeaconUser> users) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public string Organisation { get; private set; } = string.Empty;

    public string? Team { get; private set; }

    public IReadOnlyList<Role> Roles { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = currentUser.UserId!.Value;
        var me = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.Email, Organisation = u.Organisation!.Name, Team = u.Team != null ? u.Team.Name : null })
            .SingleAsync();
        DisplayName = me.DisplayName;
        Email = me.Email ?? string.Empty;
        Organisation = me.Organisation;
        Team = me.Team;
        Roles = [.. currentUser.Scope.Roles];
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync((await users.GetUserAsync(User))!);
    }
}
