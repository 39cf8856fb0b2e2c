using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>
/// Add the concern to the person's existing case: one the worker may see that is still open. A
/// case they may not see and one that does not exist get the same answer.
/// </summary>
public class LinkModel(AppDbContext db, CurrentUser currentUser, TriageService triage) : TriagePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "What is the case reference?", Description = "For example, MS-2026-00042")]
    public string? CaseReference { get; set; }

    /// <summary>The case chosen on the duplicate check (a query value, never a route value: this is not a case page).</summary>
    [BindProperty(SupportsGet = true, Name = "target")]
    public Guid? Target { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadForActionAsync() is { } refused)
        {
            return refused;
        }

        if (Target is { } target)
        {
            CaseReference = await Db.Cases.Where(c => c.Id == target && c.Status == CaseStatus.Open).Select(c => c.Reference).SingleOrDefaultAsync();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadForActionAsync(keepPostedVersion: true) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(CaseReference))
        {
            ModelState.AddModelError(nameof(CaseReference), "Enter the case reference");
            return Page();
        }

        var reference = CaseReference.Trim().ToUpperInvariant();
        var caseId = await Db.Cases.Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
        var result = await triage.LinkToCaseAsync(Concern.Id, Version, caseId);
        if (!result.Succeeded)
        {
            AddError(result.Field == "CaseId" ? nameof(CaseReference) : result.Field, result.Field == "CaseId" ? "Enter the reference of an open case you can see" : result.Error!, nameof(CaseReference));
            Version = await Db.Concerns.Where(c => c.Id == Concern.Id).Select(c => c.Version).SingleAsync();
            return Page();
        }

        return Redirect($"/cases/{result.Id}");
    }
}
