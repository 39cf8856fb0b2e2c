using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Decisions;

/// <summary>What the safeguarding board decided about an escalated case.</summary>
public class EscalationOutcomeModel(AppDbContext db, CurrentUser currentUser, DecisionService decisions) : CaseWorkPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "What did the board decide?")]
    public string? Outcome { get; set; }

    [BindProperty]
    [Display(Name = "Date of the board's outcome", Description = "For example, 2 4 2026")]
    public DateOnly? OutcomeOn { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public string Board { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid escalationId) => await LoadAsync(escalationId, fill: true) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid escalationId)
    {
        if (await LoadAsync(escalationId, fill: false) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await decisions.RecordEscalationOutcomeAsync(new EscalationOutcomeOptions(CaseId, escalationId, Outcome, OutcomeOn, Version));
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Notice = $"Outcome from the {Board} recorded";
        return Redirect($"/cases/{CaseId}/decisions");
    }

    private async Task<IActionResult?> LoadAsync(Guid escalationId, bool fill)
    {
        if (await OpenAsync(CaseSections.Decisions, toChange: true) is { } refused)
        {
            return refused;
        }

        var row = await Db.Escalations.AsNoTracking().Where(e => e.Id == escalationId && e.CaseId == CaseId)
            .Select(e => new { e.Board, e.Outcome, e.OutcomeOn, e.Version }).SingleOrDefaultAsync();
        if (row is null)
        {
            return NotFound();
        }

        Board = DecisionText.Board(row.Board);
        if (fill)
        {
            Outcome = row.Outcome;
            OutcomeOn = row.OutcomeOn;
            Version = row.Version;
        }

        return null;
    }
}
