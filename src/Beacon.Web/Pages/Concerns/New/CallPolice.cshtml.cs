using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>Someone is in danger now: the police first, the concern after.</summary>
public class CallPoliceModel(ConcernDraftStore store) : ConcernJourneyPage(store)
{
    [BindProperty]
    [Display(Name = "Have you called 999?")]
    public string? Called { get; set; }

    protected override string PreviousPage => ConcernJourney.ImmediateDanger;

    public override string BackLink => ConcernJourney.Path(JourneyId, ConcernJourney.ImmediateDanger, Changing);

    public IActionResult OnGet()
    {
        LoadDraft();
        if (Draft.ImmediateDanger != true)
        {
            return Redirect(ConcernJourney.Path(JourneyId, ConcernJourney.ImmediateDanger));
        }

        Called = YesNo(Draft.PoliceCalled);
        return Page();
    }

    public IActionResult OnPost()
    {
        LoadDraft();
        if (Draft.ImmediateDanger != true)
        {
            return Redirect(ConcernJourney.Path(JourneyId, ConcernJourney.ImmediateDanger));
        }

        var called = YesNo(Called);
        if (called is null)
        {
            ModelState.AddModelError(nameof(Called), "Select yes if you have called 999");
            return Page();
        }

        Draft.PoliceCalled = called;
        return SaveAndContinue(ConcernJourney.WhatYouSaw);
    }
}
