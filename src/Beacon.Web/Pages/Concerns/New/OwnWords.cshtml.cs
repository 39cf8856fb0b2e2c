using System.ComponentModel.DataAnnotations;
using Beacon.Core.Concerns;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>The person's own voice, where there is any: optional.</summary>
public class OwnWordsModel(ConcernDraftStore store) : ConcernJourneyPage(store)
{
    [BindProperty]
    [Display(Name = "Did they say anything in their own words? (optional)", Description = "Write down what they said as closely as you can, even if it is only a few words.")]
    public string? OwnWords { get; set; }

    protected override string PreviousPage => ConcernJourney.Age;

    public void OnGet()
    {
        LoadDraft();
        OwnWords = Draft.OwnWords;
    }

    public IActionResult OnPost()
    {
        LoadDraft();
        if (OwnWords?.Length > ConcernService.MaxOwnWords)
        {
            ModelState.AddModelError(nameof(OwnWords), $"What they said must be {ConcernService.MaxOwnWords:N0} characters or fewer");
            return Page();
        }

        Draft.OwnWords = string.IsNullOrWhiteSpace(OwnWords) ? null : OwnWords.Trim();
        Draft.OwnWordsAnswered = true;
        return SaveAndContinue(ConcernJourney.CheckAnswers);
    }
}
