using System.ComponentModel.DataAnnotations;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Areas;

public class AddModel(AppDbContext db, OrganisationAdministration administration) : PageModel
{
    [BindProperty]
    public AreaForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> LocalAuthorities { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await administration.CreateAreaAsync(new CreateAreaOptions(Input.Name!, Input.LocalAuthorityId), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData.Notice("Area added");
                return Redirect("/admin/areas");
            }

            ModelState.AddError(result, nameof(Input));
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var entries = await db.LocalAuthorities.AsNoTracking().Where(l => l.IsActive).OrderBy(l => l.SortOrder)
            .Select(l => new { l.Id, l.Name }).ToListAsync(HttpContext.RequestAborted);
        LocalAuthorities = [new SelectListItem("None", ""), .. entries.Select(e => new SelectListItem(e.Name, e.Id.ToString()))];
    }
}

public sealed class AreaForm
{
    [Required(ErrorMessage = "Enter the area's name")]
    [StringLength(OrganisationAdministration.MaxNameLength, ErrorMessage = "Area name must be 200 characters or fewer")]
    [Display(Name = "Name", Description = "For example, Northshire. Each area needs a different name.")]
    public string? Name { get; set; }

    [Display(Name = "Local authority (optional)", Description = "The council as the National Referral Mechanism form lists it.")]
    public Guid? LocalAuthorityId { get; set; }
}
