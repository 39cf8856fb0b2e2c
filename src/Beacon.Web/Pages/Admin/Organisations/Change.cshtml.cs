using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Organisations;

/// <summary>Name, type, national list entry, areas and status, guarded by the version the form was loaded with.</summary>
public class ChangeModel(AppDbContext db, OrganisationAdministration administration, CurrentUser currentUser) : OrganisationFormPage(db)
{
    /// <summary>The version the form was loaded with: the one value besides the fields that comes from the form.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    [BindNever]
    public Guid OrganisationId { get; private set; }

    [BindNever]
    public string SavedName { get; private set; } = string.Empty;

    /// <summary>Set after a conflict: what someone else saved meanwhile.</summary>
    [BindNever]
    public SavedOrganisation? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid organisationId)
    {
        var current = await ReadAsync(organisationId);
        if (current is null)
        {
            return NotFound();
        }

        Form = new OrganisationForm
        {
            Name = current.Name,
            Type = current.Type,
            FirstResponderOrganisationId = current.FirstResponderOrganisationId,
            AreaIds = [.. current.AreaIds],
            Status = current.IsActive ? OrganisationForm.Active : OrganisationForm.Inactive,
        };
        Version = current.Version;
        await LoadChoicesAsync(current.FirstResponderOrganisationId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] Guid organisationId)
    {
        var current = await ReadAsync(organisationId);
        if (current is null)
        {
            return NotFound();
        }

        if (!Form.IsActive && organisationId == currentUser.Scope.OrganisationId)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(OrganisationForm.Status)}", "You cannot make your own organisation inactive");
        }

        if (ModelState.IsValid)
        {
            var result = await administration.ChangeOrganisationAsync(
                new ChangeOrganisationOptions(organisationId, Form.Name!, Form.Type!.Value, Form.FirstResponderOrganisationId, Form.AreaIds, Form.IsActive, Version),
                HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData.Notice("Organisation changed");
                return Redirect($"/admin/organisations/{organisationId}");
            }

            ModelState.AddError(result, nameof(Form));
            if (current.Version != Version)
            {
                // Keep what they typed, show what is saved now, and let a second save (after checking) go through.
                current = await ReadAsync(organisationId) ?? current;
                Saved = current;
                Version = current.Version;
                ModelState.Remove(nameof(Version));
            }
        }

        await LoadChoicesAsync(current.FirstResponderOrganisationId);
        return Page();
    }

    private async Task<SavedOrganisation?> ReadAsync(Guid organisationId)
    {
        OrganisationId = organisationId;
        var current = await Db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new
            {
                o.Name,
                o.Type,
                o.FirstResponderOrganisationId,
                o.IsActive,
                o.Version,
                Areas = o.Areas.Select(a => new { a.AreaId, a.Area!.Name }).ToList(),
            })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (current is null)
        {
            return null;
        }

        SavedName = current.Name;
        return new SavedOrganisation(
            current.Name, current.Type, current.FirstResponderOrganisationId, current.IsActive, current.Version,
            [.. current.Areas.Select(a => a.AreaId)],
            string.Join(", ", current.Areas.Select(a => a.Name).Order(StringComparer.Ordinal)));
    }

    public sealed record SavedOrganisation(string Name, OrganisationType Type, Guid? FirstResponderOrganisationId, bool IsActive, Guid Version, IReadOnlyList<Guid> AreaIds, string Areas);
}
