using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Beacon.Web.Pages.Cases.Decisions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Safeguarding;

/// <summary>Update a safeguarding action: status, owner, due date, details; complete it with its outcome, or cancel it with the reason.</summary>
public class ActionModel(AppDbContext db, CurrentUser currentUser, SafeguardingService safeguarding) : CaseWorkPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Status")]
    public SafeguardingActionStatus? Status { get; set; }

    [BindProperty]
    [Display(Name = "Who owns it?")]
    public Guid? OwnerUserId { get; set; }

    [BindProperty]
    [Display(Name = "When is it due?", Description = "For example, 14 3 2026")]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    [Display(Name = "Details (optional)")]
    public string? Details { get; set; }

    [BindProperty]
    [Display(Name = "Outcome", Description = "Needed when the action is done. If you cancel it, say why.")]
    public string? Outcome { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public SafeguardingActionKind ActionKind { get; private set; }

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid actionId) => await LoadAsync(actionId, fill: true) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid actionId)
    {
        if (await LoadAsync(actionId, fill: false) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = Status switch
        {
            SafeguardingActionStatus.Done => await safeguarding.CompleteAsync(CaseId, actionId, Outcome, Version),
            SafeguardingActionStatus.Cancelled => await safeguarding.CancelAsync(CaseId, actionId, Outcome, Version),
            _ => await safeguarding.UpdateAsync(new UpdateSafeguardingActionOptions(CaseId, actionId, Status, Details, Outcome, OwnerUserId, DueOn, Version)),
        };
        if (!result.Succeeded)
        {
            return Refused(result.Field == "Reason" ? result with { Field = nameof(Outcome) } : result);
        }

        Notice = Status switch
        {
            SafeguardingActionStatus.Done => $"{DecisionText.ActionKind(ActionKind)} done",
            SafeguardingActionStatus.Cancelled => $"{DecisionText.ActionKind(ActionKind)} cancelled",
            _ => $"{DecisionText.ActionKind(ActionKind)} updated",
        };
        return Redirect($"/cases/{CaseId}/safeguarding");
    }

    private async Task<IActionResult?> LoadAsync(Guid actionId, bool fill)
    {
        if (await OpenAsync(CaseSections.Safeguarding, toChange: true) is { } refused)
        {
            return refused;
        }

        var action = await Db.SafeguardingActions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == actionId && a.CaseId == CaseId);
        if (action is null)
        {
            return NotFound();
        }

        ActionKind = action.Kind;
        Owners = await ActionOwners.ReadAsync(Db, OwningOrganisationId);
        if (fill)
        {
            Status = action.Status;
            OwnerUserId = action.OwnerUserId;

            DueOn = SafeguardingService.DueDay(action.DueAt);
            Details = action.Details;
            Outcome = action.Outcome;
            Version = action.Version;
        }

        return null;
    }
}
