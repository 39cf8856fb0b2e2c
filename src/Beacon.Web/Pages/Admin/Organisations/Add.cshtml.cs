using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Admin.Organisations;

public class AddModel(AppDbContext db, OrganisationAdministration administration) : OrganisationFormPage(db)
{
    public async Task OnGetAsync() => await LoadChoicesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await administration.CreateOrganisationAsync(
                new CreateOrganisationOptions(Form.Name!, Form.Type!.Value, Form.FirstResponderOrganisationId, Form.AreaIds, Form.IsActive),
                HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData.Notice("Organisation added");
                return Redirect($"/admin/organisations/{result.Id}");
            }

            ModelState.AddError(result, nameof(Form));
        }

        await LoadChoicesAsync();
        return Page();
    }
}
