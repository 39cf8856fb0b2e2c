using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Sharing;

/// <summary>Stop sharing with one organisation, with a reason; their users lose it on their next request.</summary>
public class StopModel(AppDbContext db, CaseSharing sharing, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    [Display(Name = "Why are you stopping sharing?")]
    public string? Reason { get; set; }

    public Guid CaseId { get; private set; }

    public string Organisation { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid shareId) => await LoadAsync(shareId) is { } result ? result : Page();

    public async Task<IActionResult> OnPostAsync(Guid shareId)
    {
        if (await LoadAsync(shareId) is { } refused)
        {
            return refused;
        }

        var result = await sharing.StopAsync(CaseId, shareId, Reason);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Reason), result.Error!);
            return Page();
        }

        Notice = $"The case is no longer shared with {Organisation}";
        return Redirect($"/cases/{CaseId}/sharing");
    }

    private async Task<IActionResult?> LoadAsync(Guid shareId)
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        if (!CaseManagers.CanManage(grant, currentUser))
        {
            return Forbid();
        }

        var name = await (
            from s in db.CaseShares
            where s.Id == shareId && s.CaseId == CaseId && s.RevokedAt == null
            join o in db.Organisations on s.OrganisationId equals o.Id
            select o.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        Organisation = name;
        return null;
    }
}
