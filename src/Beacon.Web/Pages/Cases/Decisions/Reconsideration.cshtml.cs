using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Decisions;

/// <summary>Record that the first responder or the support provider asked for a negative decision to be reconsidered.</summary>
public class ReconsiderationModel(AppDbContext db, CurrentUser currentUser, DecisionService decisions) : CaseWorkPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Which decision should be reconsidered?")]
    public Guid? DecisionId { get; set; }

    [BindProperty]
    [Display(Name = "Who asked for the reconsideration?", Description = "Only the first responder or the support provider can ask.")]
    public ReconsiderationRequester? RequestedBy { get; set; }

    [BindProperty]
    [Display(Name = "Name of the person who asked")]
    public string? RequesterName { get; set; }

    [BindProperty]
    [Display(Name = "Date they asked", Description = "For example, 10 3 2026")]
    public DateOnly? RequestedOn { get; set; }

    [BindProperty]
    [Display(Name = "Why should the decision be reconsidered?", Description = "For example, new evidence, or information the decision did not take into account.")]
    public string? Grounds { get; set; }

    public IReadOnlyList<(Guid Id, string Label)> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        if (Choices.Count == 1)
        {
            DecisionId = Choices[0].Id;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await decisions.RequestReconsiderationAsync(new RequestReconsiderationOptions(CaseId, DecisionId, RequestedBy, RequesterName, RequestedOn, Grounds));
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Notice = "Reconsideration request recorded";
        return Redirect($"/cases/{CaseId}/decisions");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync(CaseSections.Decisions, toChange: true) is { } refused)
        {
            return refused;
        }

        Choices = [.. (await decisions.CurrentNegativeDecisionsAsync(CaseId)).Select(d => (d.Id, $"{DecisionText.Decision(d.Kind, d.Outcome, d.DecisionMaker)}, {DecisionText.Date(d.DecidedOn)}"))];
        return null;
    }
}
