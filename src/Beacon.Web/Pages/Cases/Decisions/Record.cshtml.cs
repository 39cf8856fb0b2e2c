using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Decisions;

/// <summary>Record a reasonable or conclusive grounds decision on a submitted NRM referral.</summary>
public class RecordModel(AppDbContext db, CurrentUser currentUser, DecisionService decisions) : CaseWorkPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Which referral is the decision about?")]
    public Guid? ReferralId { get; set; }

    [BindProperty]
    [Display(Name = "Which decision is it?")]
    public DecisionKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "What was the outcome?")]
    public DecisionOutcome? Outcome { get; set; }

    [BindProperty]
    [Display(Name = "Date of the decision", Description = "As it says on the decision letter. For example, 3 3 2026")]
    public DateOnly? DecidedOn { get; set; }

    [BindProperty]
    [Display(Name = "Who made the decision?")]
    public DecisionMaker? DecisionMaker { get; set; }

    public IReadOnlyList<(Guid Id, string Label)> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        if (Choices.Count == 1)
        {
            ReferralId = Choices[0].Id;
            DecisionMaker = await Db.Referrals.Where(r => r.Id == ReferralId).Select(r => r.DecisionMaker).SingleAsync();
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

        var result = await decisions.RecordDecisionAsync(new RecordDecisionOptions(CaseId, ReferralId, Kind, Outcome, DecidedOn, DecisionMaker));
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Notice = $"{DecisionText.Kind(Kind!.Value)} decision recorded";
        return Redirect($"/cases/{CaseId}/decisions");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync(CaseSections.Decisions, toChange: true) is { } refused)
        {
            return refused;
        }

        var referrals = await Db.Referrals.AsNoTracking()
            .Where(r => r.CaseId == CaseId && r.Kind == ReferralKind.Nrm && r.Status == ReferralStatus.Submitted)
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new { r.Id, r.ReferredOn, r.NationalReference })
            .ToListAsync();
        Choices = [.. referrals.Select(r => (r.Id, $"NRM referral{(r.ReferredOn is { } on ? $" made {DecisionText.Date(on)}" : string.Empty)}{(r.NationalReference is { } n ? $" ({n})" : string.Empty)}"))];
        return null;
    }
}
