using System.ComponentModel.DataAnnotations;
using Beacon.Core.Audit;
using Beacon.Core.Concerns;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>The person, if the raiser knows who they are; "no" is a full answer.</summary>
public class PersonModel(ConcernDraftStore store, TimeProvider time) : ConcernJourneyPage(store)
{
    [BindProperty]
    [Display(Name = "Do you know who the person is?")]
    public string? Known { get; set; }

    [BindProperty]
    [Display(Name = "Their name", Description = "As they or others said it. Spell it as best you can.")]
    public string? PersonName { get; set; }

    [BindProperty]
    [Display(Name = "Other names or nicknames (optional)")]
    public string? PersonOtherNames { get; set; }

    [BindProperty]
    [Display(Name = "Date of birth (optional)")]
    public DateOnly? PersonDateOfBirth { get; set; }

    protected override string PreviousPage => ConcernJourney.WhereAndWhen;

    public void OnGet()
    {
        LoadDraft();
        Known = YesNo(Draft.PersonKnown);
        PersonName = Draft.PersonName;
        PersonOtherNames = Draft.PersonOtherNames;
        PersonDateOfBirth = Draft.PersonDateOfBirth;
    }

    public IActionResult OnPost()
    {
        LoadDraft();
        var known = YesNo(Known);
        if (known is null)
        {
            ModelState.AddModelError(nameof(Known), "Select yes if you know who the person is");
        }

        if (known == false)
        {
            // Only a "yes" keeps what its fields held.
            ModelState.Remove(nameof(PersonDateOfBirth));
        }

        if (known == true)
        {
            if (string.IsNullOrWhiteSpace(PersonName))
            {
                ModelState.AddModelError(nameof(PersonName), "Enter their name, or select no");
            }
            else if (PersonName.Length > ConcernService.MaxShortText)
            {
                ModelState.AddModelError(nameof(PersonName), $"Their name must be {ConcernService.MaxShortText} characters or fewer");
            }

            if (PersonOtherNames?.Length > ConcernService.MaxOtherNames)
            {
                ModelState.AddModelError(nameof(PersonOtherNames), $"Other names must be {ConcernService.MaxOtherNames} characters or fewer");
            }

            if (PersonDateOfBirth > UkTime.Today(time))
            {
                ModelState.AddModelError(nameof(PersonDateOfBirth), "Date of birth must be in the past");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Draft.PersonKnown = known;
        Draft.PersonName = known == true ? PersonName!.Trim() : null;
        Draft.PersonOtherNames = known == true && !string.IsNullOrWhiteSpace(PersonOtherNames) ? PersonOtherNames.Trim() : null;
        Draft.PersonDateOfBirth = known == true ? PersonDateOfBirth : null;
        return SaveAndContinue(ConcernJourney.Age);
    }
}
