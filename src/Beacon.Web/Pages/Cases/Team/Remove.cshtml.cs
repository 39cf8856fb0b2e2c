using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Team;

/// <summary>Take someone off the case team, with a reason; they lose the case on their next request.</summary>
public class RemoveModel(AppDbContext db, CaseTeam team, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    [Display(Name = "Why are you taking them off the case team?")]
    public string? Reason { get; set; }

    public Guid CaseId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid userId) => await LoadAsync(userId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid userId)
    {
        if (await LoadAsync(userId) is { } refused)
        {
            return refused;
        }

        var result = await team.RemoveAsync(CaseId, userId, Reason);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Reason), result.Error!);
            return Page();
        }

        Notice = $"{Name} is no longer on the case team";
        return Redirect($"/cases/{CaseId}/team");
    }

    private async Task<IActionResult?> LoadAsync(Guid userId)
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        if (!CaseManagers.CanManage(grant, currentUser))
        {
            return Forbid();
        }

        var name = await (
            from m in db.CaseMembers
            where m.CaseId == CaseId && m.UserId == userId
            join u in db.Users on m.UserId equals u.Id
            select u.DisplayName).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        Name = name;
        return null;
    }
}
