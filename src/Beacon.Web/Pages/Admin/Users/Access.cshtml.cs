using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Users;

/// <summary>Team and roles, guarded by the account's concurrency stamp as the form was loaded.</summary>
public class AccessModel(AppDbContext db, TimeProvider time, UserAdministration administration, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public AccessForm Input { get; set; } = new();

    /// <summary>The stamp the form was loaded with: the one value besides the fields that comes from the form.</summary>
    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    [BindNever]
    public UserDetails Account { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> TeamChoices { get; private set; } = [];

    [BindNever]
    public bool ChangedMeanwhile { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid userId)
    {
        if (!await LoadAsync(userId))
        {
            return NotFound();
        }

        Input = new AccessForm { TeamId = Account.TeamId, Roles = [.. Account.Roles] };
        ConcurrencyStamp = Account.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid userId)
    {
        if (!await LoadAsync(userId))
        {
            return NotFound();
        }

        if (userId == currentUser.UserId && !Input.Roles.Contains(Role.Administrator))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(AccessForm.Roles)}", "You cannot remove your own administrator role. Ask another administrator");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await administration.ChangeAccessAsync(
            new ChangeUserAccessOptions(userId, Input.TeamId, Input.Roles, ConcurrencyStamp ?? string.Empty),
            Input.Reason,
            HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData.Notice("Team and roles changed");
            return Redirect($"/admin/users/{userId}");
        }

        ModelState.AddError(result, nameof(Input));
        if (!string.Equals(ConcurrencyStamp, Account.ConcurrencyStamp, StringComparison.Ordinal))
        {
            // Keep what they chose, show what is saved now, and let a second save (after checking) go through.
            ChangedMeanwhile = true;
            ConcurrencyStamp = Account.ConcurrencyStamp;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid userId)
    {
        var account = await UserDetails.ReadAsync(db, time, userId, HttpContext.RequestAborted);
        if (account is null)
        {
            return false;
        }

        Account = account;
        var teams = await db.Teams.AsNoTracking()
            .Where(t => t.OrganisationId == account.OrganisationId && (t.IsActive || t.Id == account.TeamId))
            .OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.IsActive })
            .ToListAsync(HttpContext.RequestAborted);
        TeamChoices = [new SelectListItem("No team", ""), .. teams.Select(t => new SelectListItem(t.IsActive ? t.Name : $"{t.Name} (inactive)", t.Id.ToString()))];
        return true;
    }
}

public sealed class AccessForm
{
    [Display(Name = "Team", Description = "Teams in their organisation. First responders must be in a team.")]
    public Guid? TeamId { get; set; }

    [MinLength(1, ErrorMessage = "Select at least one role")]
    [Display(Name = "Roles", Description = "Select all that apply.")]
    public List<Role> Roles { get; set; } = [];

    [StringLength(2000, ErrorMessage = "The reason must be 2000 characters or fewer")]
    [Display(Name = "Reason for the change (optional)", Description = "It is kept in the audit trail.")]
    public string? Reason { get; set; }
}
