using System.ComponentModel.DataAnnotations;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Organisations.Teams;

/// <summary>Rename, deactivate or reactivate a team; the organisation and team come from the address.</summary>
public class ChangeModel(AppDbContext db, OrganisationAdministration administration) : PageModel
{
    [BindProperty]
    public TeamForm Input { get; set; } = new();

    /// <summary>The version the form was loaded with: the one value besides the fields that comes from the form.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    [BindNever]
    public Guid OrganisationId { get; private set; }

    [BindNever]
    public string OrganisationName { get; private set; } = string.Empty;

    [BindNever]
    public SavedTeam? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid organisationId, [FromRoute] Guid teamId)
    {
        var team = await ReadAsync(organisationId, teamId);
        if (team is null)
        {
            return NotFound();
        }

        Input = new TeamForm { Name = team.Name, Status = team.IsActive ? "active" : "inactive", Function = team.Function.ToString() };
        Version = team.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid organisationId, [FromRoute] Guid teamId)
    {
        var team = await ReadAsync(organisationId, teamId);
        if (team is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await administration.ChangeTeamAsync(
            new ChangeTeamOptions(organisationId, teamId, Input.Name!, Input.Status != "inactive", Version, Enum.TryParse<TeamFunction>(Input.Function, out var function) ? function : null), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData.Notice("Team changed");
            return Redirect($"/admin/organisations/{organisationId}");
        }

        ModelState.AddError(result with { Field = result.Field == "IsActive" ? nameof(TeamForm.Status) : result.Field }, nameof(Input));
        if (team.Version != Version)
        {
            Saved = await ReadAsync(organisationId, teamId) ?? team;
            Version = Saved.Version;
        }

        return Page();
    }

    private async Task<SavedTeam?> ReadAsync(Guid organisationId, Guid teamId)
    {
        OrganisationId = organisationId;
        var team = await db.Teams.AsNoTracking()
            .Where(t => t.Id == teamId && t.OrganisationId == organisationId)
            .Select(t => new { t.Name, t.IsActive, t.Version, t.Function, Organisation = t.Organisation!.Name })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (team is null)
        {
            return null;
        }

        OrganisationName = team.Organisation;
        return new SavedTeam(team.Name, team.IsActive, team.Version, team.Function);
    }

    public sealed record SavedTeam(string Name, bool IsActive, Guid Version, TeamFunction Function);
}

public sealed class TeamForm
{
    [Required(ErrorMessage = "Enter the team's name")]
    [StringLength(OrganisationAdministration.MaxNameLength, ErrorMessage = "Team name must be 200 characters or fewer")]
    [Display(Name = "Team name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Select whether the team is active")]
    [Display(Name = "Status")]
    public string? Status { get; set; } = "active";

    [Display(Name = "What does the team do in the case journey?", Description = "New concerns go to the area's MASH (under 18 or not sure) or adult triage team; community safety is told of every concern and referral.")]
    public string? Function { get; set; }
}
