using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Cases.Matching;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>
/// Before a new person is created: people on cases the worker may see who may be the same person,
/// with the reasons. The worker decides: add the concern to that case, or open a new one.
/// </summary>
public class DuplicatesModel(AppDbContext db, CurrentUser currentUser, DuplicateCheck check) : TriagePageModel(db, currentUser)
{
    public const string NewCase = "new";

    [BindProperty]
    [Display(Name = "Is this one of these people?")]
    public string? Choice { get; set; }

    public IReadOnlyList<DuplicateMatch> Matches { get; private set; } = [];

    public bool HasDetails { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadForActionAsync() is { } refused)
        {
            return refused;
        }

        await CheckAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadForActionAsync() is { } refused)
        {
            return refused;
        }

        if (Choice == NewCase)
        {
            return Redirect($"/concerns/{Concern.Id}/triage/open-case");
        }

        if (Guid.TryParse(Choice, out var caseId))
        {
            return Redirect($"/concerns/{Concern.Id}/triage/link?target={caseId}");
        }

        await CheckAsync();
        ModelState.AddModelError(nameof(Choice), "Select whether this is one of these people, or none of them");
        return Page();
    }

    /// <summary>What the concern says about the person, as a probe.</summary>
    public static PersonProbe Probe(Concern concern)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(concern.PersonName))
        {
            names.Add(concern.PersonName.Trim());
        }

        names.AddRange(TriageService.SplitNames(concern.PersonOtherNames));
        return new PersonProbe
        {
            Names = names,
            DateOfBirth = concern.PersonDateOfBirth,
            EstimatedAge = concern.PersonDateOfBirth is null ? concern.EstimatedAge : null,
            AgeEstimatedOn = DateOnly.FromDateTime(Core.Audit.UkTime.ToUk(concern.RaisedAt).DateTime),
            Gender = concern.Gender is Gender.Female or Gender.Male ? concern.Gender : null,
            Nationalities = concern.NationalityCode is { Length: > 0 } n ? [n] : [],
        };
    }

    private async Task CheckAsync()
    {
        var probe = Probe(Concern);
        HasDetails = probe.Names.Count > 0 || probe.DateOfBirth is not null;
        Matches = HasDetails ? await check.FindAsync(probe, HttpContext.RequestAborted) : [];
    }
}
