using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Decisions;

/// <summary>Withdraw, suspend or resume a submitted referral, with the reason.</summary>
public class ReferralStatusModel(AppDbContext db, CurrentUser currentUser, DecisionService decisions) : CaseWorkPageModel(db, currentUser)
{
    [BindProperty(SupportsGet = true)]
    public Guid? ReferralId { get; set; }

    [BindProperty]
    [Display(Name = "What do you want to do?")]
    public ReferralStatusChange? Change { get; set; }

    [BindProperty]
    [Display(Name = "Why?", Description = "For example, the person asked to withdraw from the NRM.")]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>The referral's status when the page was loaded; null when there is none to change.</summary>
    public ReferralStatus? Status { get; private set; }

    public string Label { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(fill: true) ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync(fill: false) is { } refused)
        {
            return refused;
        }

        var result = await decisions.ChangeStatusAsync(new ReferralStatusOptions(CaseId, ReferralId, Change, Reason, Version));
        if (!result.Succeeded)
        {
            return Refused(result);
        }

        Notice = Change switch
        {
            ReferralStatusChange.Withdraw => "Referral withdrawn",
            ReferralStatusChange.Suspend => "Referral suspended",
            _ => "Referral resumed",
        };
        return Redirect($"/cases/{CaseId}/decisions");
    }

    private async Task<IActionResult?> LoadAsync(bool fill)
    {
        if (await OpenAsync(CaseSections.Decisions, toChange: true) is { } refused)
        {
            return refused;
        }

        var referral = await Db.Referrals.AsNoTracking()
            .Where(r => r.CaseId == CaseId && (r.Status == ReferralStatus.Submitted || r.Status == ReferralStatus.Suspended))
            .Where(r => ReferralId == null || r.Id == ReferralId)
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new { r.Id, r.Kind, r.Status, r.ReferredOn, r.Version })
            .FirstOrDefaultAsync();
        if (referral is null)
        {
            return null;
        }

        ReferralId = referral.Id;
        Status = referral.Status;
        Label = $"{DecisionText.ReferralKind(referral.Kind)}{(referral.ReferredOn is { } on ? $" made {DecisionText.Date(on)}" : string.Empty)}";
        if (fill)
        {
            Version = referral.Version;
        }

        return null;
    }
}
