using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases;

/// <summary>Closes the case with an outcome; the retention period starts at closure.</summary>
public class CloseModel(AppDbContext db, CurrentUser currentUser, CaseService cases, CaseRetention retention) : CasePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "What is the outcome?")]
    public string? Outcome { get; set; }

    [BindProperty]
    [Display(Name = "Closing note", Description = "Optional unless the outcome is ‘Other’.")]
    public string? Note { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public int RetentionYears => retention.Years;

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

        var result = await cases.CloseAsync(new CloseCaseOptions(CaseId, Version, Enum.TryParse<ClosureOutcome>(Outcome, out var outcome) ? outcome : null, Note), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(result.Field!, result.Error!);
            ModelState.Remove(nameof(Version));
            Version = Header.Version;
            return Page();
        }

        Notice = "The case is closed";
        return Redirect($"/cases/{CaseId}");
    }
}
