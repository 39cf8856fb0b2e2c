using System.ComponentModel.DataAnnotations;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>Close the concern with no further action, saying why.</summary>
public class NoFurtherActionModel(AppDbContext db, CurrentUser currentUser, TriageService triage) : TriagePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Why is no further action needed?", Description = "For example, the person is already supported by another area, or what was seen was not exploitation. The person who raised the concern may see this.")]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadForActionAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadForActionAsync(keepPostedVersion: true) is { } refused)
        {
            return refused;
        }

        var result = await triage.NoFurtherActionAsync(Concern.Id, Version, Reason);
        if (!result.Succeeded)
        {
            AddError(result.Field, result.Error!, nameof(Reason));
            Version = await Db.Concerns.Where(c => c.Id == Concern.Id).Select(c => c.Version).SingleAsync();
            return Page();
        }

        Notice = "No further action will be taken on this concern";
        return Redirect($"/concerns/{Concern.Id}/triage");
    }
}
