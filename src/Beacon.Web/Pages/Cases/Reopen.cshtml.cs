using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases;

/// <summary>Reopens a closed case; the retention date is cleared and the closure stays on the timeline.</summary>
public class ReopenModel(AppDbContext db, CurrentUser currentUser, CaseService cases) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Why are you reopening the case?")]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync(CaseSections.Summary, manage: true) is { } refused)
        {
            return refused;
        }

        Version = Header.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync(CaseSections.Summary, manage: true) is { } refused)
        {
            return refused;
        }

        var result = await cases.ReopenAsync(CaseId, Version, Reason, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field!, result.Error!);
            ModelState.Remove(nameof(Version));
            Version = Header.Version;
            return Page();
        }

        Notice = "The case is open again";
        return Redirect($"/cases/{CaseId}");
    }
}
