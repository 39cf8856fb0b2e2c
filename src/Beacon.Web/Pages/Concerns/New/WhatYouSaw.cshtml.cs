using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Concerns.New;

/// <summary>The signs seen (adults' and children's, grouped) and what happened, in the raiser's words.</summary>
public class WhatYouSawModel(ConcernDraftStore store) : ConcernJourneyPage(store)
{
    [BindProperty]
    [Display(Name = "Signs in anyone")]
    public List<string> AdultSigns { get; set; } = [];

    [BindProperty]
    [Display(Name = "Signs in children", Description = "As well as the signs above, a child may show these.")]
    public List<string> ChildSigns { get; set; } = [];

    [BindProperty]
    [Display(Name = "Tell us what you saw", Description = "What happened, who was there and anything that worried you. Do not guess: say what you saw or heard.")]
    public string? WhatWasSeen { get; set; }

    protected override string PreviousPage => ConcernJourney.ImmediateDanger;

    public override string BackLink => Changing || Draft.ImmediateDanger != true
        ? base.BackLink
        : ConcernJourney.Path(JourneyId, ConcernJourney.CallPolice);

    public void OnGet()
    {
        LoadDraft();
        AdultSigns = [.. ConcernWording.AdultSigns.Where(s => Draft.Indicators.HasFlag(s.Sign)).Select(s => s.Sign.ToString())];
        ChildSigns = [.. ConcernWording.ChildSigns.Where(s => Draft.Indicators.HasFlag(s.Sign)).Select(s => s.Sign.ToString())];
        WhatWasSeen = Draft.WhatWasSeen;
    }

    public IActionResult OnPost()
    {
        LoadDraft();
        if (string.IsNullOrWhiteSpace(WhatWasSeen))
        {
            ModelState.AddModelError(nameof(WhatWasSeen), "Tell us what you saw");
        }
        else if (WhatWasSeen.Length > ConcernService.MaxWhatWasSeen)
        {
            ModelState.AddModelError(nameof(WhatWasSeen), $"What you saw must be {ConcernService.MaxWhatWasSeen:N0} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Draft.Indicators = Parse(AdultSigns, ConcernWording.AdultSigns) | Parse(ChildSigns, ConcernWording.ChildSigns);
        Draft.WhatWasSeen = WhatWasSeen!.Trim();
        return SaveAndContinue(ConcernJourney.WhereAndWhen);
    }

    private static Indicators Parse(List<string> chosen, IReadOnlyList<(Indicators Sign, string Label)> allowed) =>
        allowed.Where(s => chosen.Contains(s.Sign.ToString())).Aggregate(Indicators.None, (all, s) => all | s.Sign);
}
