using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>
/// Confirm the person's details and open a case for the concern, owned by the triage team and held
/// by the worker. Posting twice opens one case: the second post is sent to the case the first opened.
/// </summary>
public class OpenCaseModel(AppDbContext db, CurrentUser currentUser, TriageService triage) : TriagePageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "First name", Description = "Leave blank if not known")]
    public string? FirstName { get; set; }

    [BindProperty]
    [Display(Name = "Last name", Description = "Leave blank if not known")]
    public string? LastName { get; set; }

    [BindProperty]
    [Display(Name = "Other names", Description = "Aliases, nicknames or names used during the exploitation. Put each on its own line")]
    public string? OtherNames { get; set; }

    [BindProperty]
    [Display(Name = "Date of birth", Description = "For example, 27 3 2007. Leave blank if not known")]
    public DateOnly? DateOfBirth { get; set; }

    [BindProperty]
    [Display(Name = "Estimated age", Description = "If the date of birth is not known")]
    public int? EstimatedAge { get; set; }

    [BindProperty]
    [Display(Name = "Gender")]
    public string? Gender { get; set; }

    [BindProperty]
    [Display(Name = "Nationality", Description = "Leave blank if not known")]
    public string? NationalityCode { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var existing = await OpenedCaseAsync();
        if (existing is not null)
        {
            return existing;
        }

        if (await LoadForActionAsync() is { } refused)
        {
            return refused;
        }

        var names = (Concern.PersonName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        FirstName = names.Length > 1 ? string.Join(' ', names[..^1]) : names.FirstOrDefault();
        LastName = names.Length > 1 ? names[^1] : null;
        OtherNames = string.Join('\n', TriageService.SplitNames(Concern.PersonOtherNames));
        DateOfBirth = Concern.PersonDateOfBirth;
        EstimatedAge = Concern.PersonDateOfBirth is null ? Concern.EstimatedAge : null;
        Gender = (Concern.Gender ?? Core.Cases.Gender.NotKnown).ToString();
        NationalityCode = Concern.NationalityCode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The same form posted twice: the first post opened the case, so go to it.
        var existing = await OpenedCaseAsync();
        if (existing is not null)
        {
            return existing;
        }

        if (await LoadForActionAsync(keepPostedVersion: true) is { } refused)
        {
            // Lost the race: another tab opened the case between the check above and this load.
            return refused is RedirectResult && Concern.Status == ConcernStatus.CaseOpened && Concern.CaseId is { } opened
                ? Redirect($"/cases/{opened}")
                : refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await triage.OpenCaseAsync(new OpenCaseOptions(
            Concern.Id,
            Version,
            FirstName,
            LastName,
            OtherNames,
            DateOfBirth,
            EstimatedAge,
            Enum.TryParse<Gender>(Gender, out var gender) && Enum.IsDefined(gender) ? gender : null,
            NationalityCode));
        if (!result.Succeeded)
        {
            AddError(result.Field, result.Error!, nameof(FirstName));
            Version = await Db.Concerns.Where(c => c.Id == Concern.Id).Select(c => c.Version).SingleAsync();
            return Page();
        }

        return Redirect($"/cases/{result.Id}");
    }

    private async Task<IActionResult?> OpenedCaseAsync()
    {
        var concernId = HttpContext.ConcernGrant().ConcernId;
        var caseId = await Db.Concerns.Where(c => c.Id == concernId && c.Status == ConcernStatus.CaseOpened).Select(c => c.CaseId).SingleOrDefaultAsync();
        return caseId is { } id ? Redirect($"/cases/{id}") : null;
    }
}
