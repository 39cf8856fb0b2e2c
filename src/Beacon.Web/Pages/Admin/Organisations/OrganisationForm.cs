using System.ComponentModel.DataAnnotations;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Organisations;

/// <summary>What an administrator types about an organisation. Its id is never here: it comes from the address.</summary>
public sealed class OrganisationForm
{
    public const string Active = "active";
    public const string Inactive = "inactive";

    [Required(ErrorMessage = "Enter the organisation's name")]
    [StringLength(OrganisationAdministration.MaxNameLength, ErrorMessage = "Organisation name must be 200 characters or fewer")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Select the type of organisation")]
    [Display(Name = "Type of organisation")]
    public OrganisationType? Type { get; set; }

    [Display(Name = "On the national first responder list (optional)", Description = "Choose it if the organisation is on the Home Office's list of first responder organisations for the National Referral Mechanism.")]
    public Guid? FirstResponderOrganisationId { get; set; }

    [MinLength(1, ErrorMessage = "Select at least one area the organisation works in")]
    [Display(Name = "Areas it works in", Description = "Select all that apply. Its users with area roles see the cases of these areas.")]
    public List<Guid> AreaIds { get; set; } = [];

    [Required(ErrorMessage = "Select whether the organisation is active")]
    [Display(Name = "Status")]
    public string? Status { get; set; } = Active;

    public bool IsActive => Status != Inactive;
}

/// <summary>The add and change pages of an organisation: one form, the same choices.</summary>
public abstract class OrganisationFormPage(AppDbContext db) : PageModel
{
    [BindProperty]
    public OrganisationForm Form { get; set; } = new();

    public IReadOnlyList<SelectListItem> FirstResponderOrganisations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];

    protected AppDbContext Db => db;

    /// <summary>Fills the lists; an entry already chosen stays in the list even if it has since been retired.</summary>
    protected async Task LoadChoicesAsync(Guid? currentFirstResponder = null)
    {
        var cancellation = HttpContext.RequestAborted;
        var entries = await db.FirstResponderOrganisations.AsNoTracking()
            .Where(f => f.IsActive || f.Id == currentFirstResponder)
            .OrderBy(f => f.SortOrder)
            .Select(f => new { f.Id, f.Name })
            .ToListAsync(cancellation);
        FirstResponderOrganisations = [new SelectListItem("Not on the list", ""), .. entries.Select(e => new SelectListItem(e.Name, e.Id.ToString()))];
        Areas = (await db.Areas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellation))
            .Select(a => (a.Id, a.Name)).ToList();
    }
}
