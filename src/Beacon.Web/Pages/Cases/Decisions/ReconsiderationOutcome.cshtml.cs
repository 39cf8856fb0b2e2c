using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Decisions;

/// <summary>The reconsideration's outcome: upheld, or overturned (which records the new decision).</summary>
public class ReconsiderationOutcomeModel(AppDbContext db, CurrentUser currentUser, DecisionService decisions) : CaseWorkPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "What was the outcome?")]
    public ReconsiderationOutcome? Outcome { get; set; }

    [BindProperty]
    [Display(Name = "Date of the outcome", Description = "For example, 10 4 2026")]
    public DateOnly? OutcomeOn { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public string Decision { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid reconsiderationId) => await LoadAsync(reconsiderationId, keepVersion: false) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid reconsiderationId)
    {
        if (await LoadAsync(reconsiderationId, keepVersion: true) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await decisions.RecordReconsiderationOutcomeAsync(new ReconsiderationOutcomeOptions(CaseId, reconsiderationId, Outcome, OutcomeOn, Version));
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Notice = Outcome == ReconsiderationOutcome.Overturned ? "Decision overturned: the new decision is recorded" : "Reconsideration outcome recorded: the decision stands";
        return Redirect($"/cases/{CaseId}/decisions");
    }

    private async Task<IActionResult?> LoadAsync(Guid reconsiderationId, bool keepVersion)
    {
        if (await OpenAsync(CaseSections.Decisions, toChange: true) is { } refused)
        {
            return refused;
        }

        var row = await (
            from x in Db.Reconsiderations.AsNoTracking()
            where x.Id == reconsiderationId && x.CaseId == CaseId
            join d in Db.NrmDecisions on x.DecisionId equals d.Id
            select new { x.Version, d.Kind, d.Outcome, d.DecisionMaker, d.DecidedOn })
            .SingleOrDefaultAsync();
        if (row is null)
        {
            return NotFound();
        }

        Decision = $"{DecisionText.Decision(row.Kind, row.Outcome, row.DecisionMaker)}, {DecisionText.Date(row.DecidedOn)}";
        if (!keepVersion)
        {
            Version = row.Version;
        }

        return null;
    }
}
