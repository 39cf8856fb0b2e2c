using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Decisions;

/// <summary>The NRM said no and concerns remain: escalate to the board for the case's route.</summary>
public class EscalateModel(AppDbContext db, CurrentUser currentUser, DecisionService decisions) : CaseWorkPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Which negative decision?")]
    public Guid? DecisionId { get; set; }

    [BindProperty]
    [Display(Name = "Date of the escalation", Description = "For example, 12 3 2026")]
    public DateOnly? EscalatedOn { get; set; }

    [BindProperty]
    [Display(Name = "What concerns remain?", Description = "What the board needs to know to decide what happens next.")]
    public string? Concerns { get; set; }

    public IReadOnlyList<(Guid Id, string Label)> Choices { get; private set; } = [];

    public string Board => DecisionText.Board(DecisionText.BoardFor(Route));

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

        var result = await decisions.EscalateAsync(new EscalateOptions(CaseId, DecisionId, EscalatedOn, Concerns));
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Notice = $"Escalated to the {Board}";
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
