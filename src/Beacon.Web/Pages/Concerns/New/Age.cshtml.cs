using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>Age (which decides the queue), gender and nationality.</summary>
public class AgeModel(ConcernDraftStore store, AppDbContext db) : ConcernJourneyPage(store)
{
    [BindProperty]
    [Display(Name = "How old are they?")]
    public string? Age { get; set; }

    [BindProperty]
    [Display(Name = "Roughly how old do they look? (optional)")]
    public string? EstimatedAge { get; set; }

    [BindProperty]
    [Display(Name = "What is their gender?")]
    public string? Gender { get; set; }

    [BindProperty]
    [Display(Name = "Nationality (optional)", Description = "Only if they told you or you know it.")]
    public string? Nationality { get; set; }

    public IReadOnlyList<SelectListItem> Nationalities { get; private set; } = [];

    protected override string PreviousPage => ConcernJourney.Person;

    public async Task OnGetAsync()
    {
        LoadDraft();
        await LoadNationalitiesAsync();
        Age = Draft.Age?.ToString();
        EstimatedAge = Draft.EstimatedAge?.ToString(CultureInfo.InvariantCulture);
        Gender = Draft.Gender?.ToString();
        Nationality = Draft.Nationality;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        LoadDraft();
        await LoadNationalitiesAsync();
        var age = Enum.TryParse<AgeAnswer>(Age, out var parsedAge) && Enum.IsDefined(parsedAge) ? parsedAge : (AgeAnswer?)null;
        if (age is null)
        {
            ModelState.AddModelError(nameof(Age), "Select how old they are, or not sure");
        }

        int? estimated = null;
        if (!string.IsNullOrWhiteSpace(EstimatedAge))
        {
            if (int.TryParse(EstimatedAge.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= 120)
            {
                estimated = years;
            }
            else
            {
                ModelState.AddModelError(nameof(EstimatedAge), "Enter their age as a number of years, like 16");
            }
        }

        var gender = Enum.TryParse<Gender>(Gender, out var parsedGender) && Enum.IsDefined(parsedGender) ? parsedGender : (Gender?)null;
        if (gender is null)
        {
            ModelState.AddModelError(nameof(Gender), "Select their gender, or I do not know");
        }

        var nationality = string.IsNullOrWhiteSpace(Nationality) ? null : Nationalities.FirstOrDefault(n => n.Value == Nationality)?.Value;
        if (!string.IsNullOrWhiteSpace(Nationality) && nationality is null)
        {
            ModelState.AddModelError(nameof(Nationality), "Select a nationality from the list");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Draft.Age = age;
        Draft.EstimatedAge = estimated;
        Draft.Gender = gender;
        Draft.Nationality = nationality;
        return SaveAndContinue(ConcernJourney.OwnWords);
    }

    private async Task LoadNationalitiesAsync() => Nationalities =
    [
        new SelectListItem("I do not know", string.Empty),
        .. await db.Nationalities.AsNoTracking()
            .Where(n => n.IsActive && n.Name != "Unknown")
            .OrderBy(n => n.SortOrder)
            .Select(n => new SelectListItem(n.Name, n.Name))
            .ToListAsync(),
    ];
}
