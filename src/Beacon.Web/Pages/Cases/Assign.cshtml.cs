using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases;

/// <summary>Gives the case to a worker in the team that owns it.</summary>
public class AssignModel(AppDbContext db, CurrentUser currentUser, CaseService cases) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Who should work on this case?", Description = "People in the team that owns the case.")]
    public Guid? WorkerId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<SelectListItem> Workers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        Version = Header.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        var result = await cases.AssignAsync(CaseId, Version, WorkerId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field!, result.Error!);
            ModelState.Remove(nameof(Version));
            Version = Header.Version;
            return Page();
        }

        Notice = "The case is assigned to " + Workers.First(w => w.Value == WorkerId.ToString()).Text;
        return Redirect($"/cases/{CaseId}");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync(CaseSections.Summary, manage: true) is { } refused)
        {
            return refused;
        }

        var team = await Db.Cases.Where(c => c.Id == CaseId).Select(c => new { c.OwningTeamId, c.AssignedWorkerId }).SingleAsync(HttpContext.RequestAborted);
        WorkerId ??= team.AssignedWorkerId;
        Workers =
        [
            new SelectListItem("Choose a person", string.Empty),
            .. (await cases.WorkersAsync(team.OwningTeamId, HttpContext.RequestAborted)).Select(w => new SelectListItem(w.Name, w.Id.ToString())),
        ];
        return null;
    }
}
