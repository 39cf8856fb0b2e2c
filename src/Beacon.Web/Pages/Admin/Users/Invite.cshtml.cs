using System.ComponentModel.DataAnnotations;
using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Users;

/// <summary>
/// Two steps so that it works without JavaScript: the organisation (a GET form, then its id in the
/// address), then the person, their team in that organisation and their roles.
/// </summary>
public class InviteModel(AppDbContext db, UserAdministration administration, Microsoft.Extensions.Options.IOptions<Infrastructure.BeaconOptions> options) : PageModel
{
    private const string OrganisationQuery = "organisation";

    [BindProperty(SupportsGet = true, Name = OrganisationQuery)]
    [Display(Name = "Organisation")]
    public Guid? ChosenOrganisation { get; set; }

    [BindProperty]
    public InviteForm Input { get; set; } = new();

    [BindNever]
    public ChosenOrganisationDetails? Organisation { get; private set; }

    public IReadOnlyList<SelectListItem> OrganisationChoices { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TeamChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid? organisationId)
    {
        if (organisationId is null)
        {
            if (Request.Query.ContainsKey(OrganisationQuery))
            {
                if (ChosenOrganisation is { } chosen && await db.Organisations.AnyAsync(o => o.Id == chosen && o.IsActive, HttpContext.RequestAborted))
                {
                    return Redirect($"/admin/users/invite/{chosen}");
                }

                ModelState.AddModelError(OrganisationQuery, "Select the organisation they work for");
            }

            await LoadOrganisationsAsync();
            return Page();
        }

        return await LoadAsync(organisationId.Value) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid? organisationId)
    {
        if (organisationId is null || !await LoadAsync(organisationId.Value))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !Organisation!.IsActive)
        {
            return Page();
        }

        var result = await administration.InviteAsync(
            new InviteUserOptions(Input.Email!, Input.DisplayName!, organisationId.Value, Input.TeamId, Input.Roles),
            token => Request.To(options.Value, $"/account/invitation/{token}"),
            HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData.Notice("Invitation sent");
            return Redirect($"/admin/users/{result.Id}");
        }

        ModelState.AddError(result with { Field = result.Field == "OrganisationId" ? nameof(InviteForm.TeamId) : result.Field }, nameof(Input));
        return Page();
    }

    private async Task LoadOrganisationsAsync()
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(HttpContext.RequestAborted);
        OrganisationChoices = [new SelectListItem("Choose an organisation", ""), .. organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString()))];
    }

    private async Task<bool> LoadAsync(Guid organisationId)
    {
        var cancellation = HttpContext.RequestAborted;
        Organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new ChosenOrganisationDetails(o.Id, o.Name, o.IsActive)).SingleOrDefaultAsync(cancellation);
        if (Organisation is null)
        {
            return false;
        }

        var teams = await db.Teams.AsNoTracking().Where(t => t.OrganisationId == organisationId && t.IsActive).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellation);
        TeamChoices = [new SelectListItem("No team", ""), .. teams.Select(t => new SelectListItem(t.Name, t.Id.ToString()))];
        return true;
    }

    public sealed record ChosenOrganisationDetails(Guid Id, string Name, bool IsActive);
}

public sealed class InviteForm
{
    [Required(ErrorMessage = "Enter the user's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    [Display(Name = "Full name")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Enter the user's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [Display(Name = "Email address", Description = "Their work email address. It is also what they sign in with.")]
    public string? Email { get; set; }

    [Display(Name = "Team", Description = "First responders must be in a team: they work their team's cases.")]
    public Guid? TeamId { get; set; }

    [MinLength(1, ErrorMessage = "Select at least one role")]
    [Display(Name = "Roles", Description = "Select all that apply. What each role may do is listed under it.")]
    public List<Role> Roles { get; set; } = [];
}
