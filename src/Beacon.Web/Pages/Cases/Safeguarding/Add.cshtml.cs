using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Beacon.Web.Pages.Cases.Decisions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Beacon.Web.Pages.Cases.Safeguarding;

/// <summary>Add a safeguarding action with an owner and a due date (some kinds have a default).</summary>
public class AddModel(AppDbContext db, CurrentUser currentUser, SafeguardingService safeguarding) : CaseWorkPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "What is the action?")]
    public SafeguardingActionKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Details (optional)", Description = "What needs doing, with whom. Do not repeat what the case already holds.")]
    public string? Details { get; set; }

    [BindProperty]
    [Display(Name = "Who owns it?")]
    public Guid? OwnerUserId { get; set; }

    [BindProperty]
    [Display(Name = "When is it due?", Description = "Leave it blank for a Family Wellbeing referral (24 hours after the case opened) or a strategy meeting (3 working days after). For example, 14 3 2026")]
    public DateOnly? DueOn { get; set; }

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }

        OwnerUserId = Me.UserId;
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

        var result = await safeguarding.AddAsync(new AddSafeguardingActionOptions(CaseId, Kind, Details, OwnerUserId, DueOn));
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Notice = $"{DecisionText.ActionKind(Kind!.Value)} added";
        return Redirect($"/cases/{CaseId}/safeguarding");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync(CaseSections.Safeguarding, toChange: true) is { } refused)
        {
            return refused;
        }

        Owners = await ActionOwners.ReadAsync(Db, OwningOrganisationId);
        return null;
    }
}
