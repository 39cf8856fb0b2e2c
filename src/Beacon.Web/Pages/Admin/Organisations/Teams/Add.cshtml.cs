using System.ComponentModel.DataAnnotations;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Organisations.Teams;

public class AddModel(AppDbContext db, OrganisationAdministration administration) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the team's name")]
    [StringLength(OrganisationAdministration.MaxNameLength, ErrorMessage = "Team name must be 200 characters or fewer")]
    [Display(Name = "Team name")]
    public string? Name { get; set; }

    [BindNever]
    public Guid OrganisationId { get; private set; }

    [BindNever]
    public string OrganisationName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid organisationId) =>
        await LoadAsync(organisationId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid organisationId)
    {
        if (!await LoadAsync(organisationId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await administration.CreateTeamAsync(new CreateTeamOptions(organisationId, Name!), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData.Notice("Team added");
            return Redirect($"/admin/organisations/{organisationId}");
        }

        ModelState.AddError(result);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid organisationId)
    {
        OrganisationId = organisationId;
        OrganisationName = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Name)
            .SingleOrDefaultAsync(HttpContext.RequestAborted) ?? string.Empty;
        return OrganisationName.Length > 0;
    }
}
