using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>The first question, so that the 999 guidance comes before anything else.</summary>
public class ImmediateDangerModel(ConcernDraftStore store) : ConcernJourneyPage(store)
{
    [BindProperty]
    [Display(Name = "Is anyone in immediate danger?")]
    public string? Danger { get; set; }

    protected override string PreviousPage => ConcernJourney.ImmediateDanger;

    public override string BackLink => Changing ? ConcernJourney.Path(JourneyId, ConcernJourney.CheckAnswers) : "/concerns/new";

    public void OnGet()
    {
        LoadDraft();
        Danger = YesNo(Draft.ImmediateDanger);
    }

    public IActionResult OnPost()
    {
        LoadDraft();
        var danger = YesNo(Danger);
        if (danger is null)
        {
            ModelState.AddModelError(nameof(Danger), "Select yes if anyone is in immediate danger");
            return Page();
        }

        Draft.ImmediateDanger = danger;
        if (danger == false)
        {
            Draft.PoliceCalled = null;
            return SaveAndContinue(ConcernJourney.WhatYouSaw);
        }

        // The 999 guidance always comes next, even when changing an answer.
        SaveDraft();
        return Redirect(ConcernJourney.Path(JourneyId, ConcernJourney.CallPolice, Changing));
    }
}
