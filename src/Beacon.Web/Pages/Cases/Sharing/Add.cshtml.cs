using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Sharing;

/// <summary>Share sections of the case with another organisation: what, why, on what basis, with what consent.</summary>
public class AddModel(AppDbContext db, CaseSharing sharing, CurrentUser currentUser) : PageModel
{
    public static readonly CaseSections[] Choices = [CaseSections.Summary, CaseSections.Person, CaseSections.Referral, CaseSections.Decisions, CaseSections.Safeguarding];

    [BindProperty]
    [Display(Name = "Which organisation?")]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    [Display(Name = "What do you want to share?", Description = "Share the least they need. Police-only and health-only information is never shared.")]
    public List<string> Sections { get; set; } = [];

    [BindProperty]
    [Display(Name = "Why are you sharing this?", Description = "For example, to plan a joint visit with the police. The organisation's users will see this.")]
    public string? Purpose { get; set; }

    [BindProperty]
    [Display(Name = "What is the legal basis for sharing?")]
    public string? LegalBasis { get; set; }

    [BindProperty]
    [Display(Name = "Has the person agreed to this sharing?")]
    public string? Consent { get; set; }

    [BindProperty]
    [Display(Name = "Why are you sharing without their agreement?", Description = "For example, a child is at risk of significant harm.")]
    public string? ConsentOverrideReason { get; set; }

    public string Reference { get; private set; } = string.Empty;

    public Guid CaseId { get; private set; }

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        var sections = Sections.Select(s => Enum.TryParse<CaseSections>(s, out var parsed) && Choices.Contains(parsed) ? parsed : CaseSections.None)
            .Aggregate(CaseSections.None, (all, s) => all | s);
        var result = await sharing.ShareAsync(new ShareCaseOptions(
            CaseId,
            OrganisationId,
            Sections.Count == 0 || Sections.Any(s => !Enum.TryParse<CaseSections>(s, out _)) ? CaseSections.None : sections,
            Purpose,
            Enum.TryParse<LegalBasis>(LegalBasis, out var basis) ? basis : null,
            Enum.TryParse<ShareConsent>(Consent, out var consent) ? consent : null,
            ConsentOverrideReason));
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field!, result.Error!);
            return Page();
        }

        var name = Organisations.First(o => o.Value == OrganisationId.ToString()).Text;
        Notice = $"The case is now shared with {name}";
        return Redirect($"/cases/{CaseId}/sharing");
    }

    private async Task<bool> LoadAsync()
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        if (!CaseManagers.CanManage(grant, currentUser))
        {
            return false;
        }

        var row = await db.Cases.Where(c => c.Id == CaseId).Select(c => new { c.Reference, c.OwningOrganisationId }).SingleAsync();
        Reference = row.Reference;
        Organisations =
        [
            new SelectListItem("Choose an organisation", string.Empty),
            .. await db.Organisations.AsNoTracking()
                .Where(o => o.IsActive && o.Id != row.OwningOrganisationId)
                .OrderBy(o => o.Name)
                .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
                .ToListAsync(),
        ];
        return true;
    }
}
