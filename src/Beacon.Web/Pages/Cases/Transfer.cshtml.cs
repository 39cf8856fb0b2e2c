using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases;

/// <summary>Moves the case to another team working in its area; the new team assigns its own worker.</summary>
public class TransferModel(AppDbContext db, CurrentUser currentUser, CaseService cases) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Which team should own the case?", Description = "Teams working in the case's area.")]
    public Guid? TeamId { get; set; }

    [BindProperty]
    [Display(Name = "Why are you transferring it?")]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public string OwningTeam { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

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

        var result = await cases.TransferAsync(CaseId, Version, TeamId, Reason, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field!, result.Error!);
            ModelState.Remove(nameof(Version));
            Version = Header.Version;
            return Page();
        }

        Notice = $"Case {Header.Reference} is transferred to {Teams.First(t => t.Value == TeamId.ToString()).Text}";

        // The user may not see the case once another team owns it.
        var stillSees = await Db.Cases.AnyAsync(c => c.Id == CaseId, HttpContext.RequestAborted);
        return Redirect(stillSees ? $"/cases/{CaseId}" : "/cases");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync(CaseSections.Summary, manage: true) is { } refused)
        {
            return refused;
        }

        var row = await (
            from c in Db.Cases
            where c.Id == CaseId
            join t in Db.Teams on c.OwningTeamId equals t.Id
            join o in Db.Organisations on t.OrganisationId equals o.Id
            select new { c.AreaId, c.OwningTeamId, Team = t.Name + ", " + o.Name }).SingleAsync(HttpContext.RequestAborted);
        OwningTeam = row.Team;
        Teams =
        [
            new SelectListItem("Choose a team", string.Empty),
            .. (await cases.TeamsAsync(row.AreaId, row.OwningTeamId, HttpContext.RequestAborted)).Select(t => new SelectListItem(t.Name, t.Id.ToString())),
        ];
        return null;
    }
}
