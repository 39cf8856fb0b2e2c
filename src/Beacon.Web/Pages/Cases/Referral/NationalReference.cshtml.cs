using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>The national NRM reference the Home Office emails after submission.</summary>
public class NationalReferenceModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : ReferralPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "National NRM reference", Description = "As it appears in the Home Office's email. Letters, numbers and hyphens only.")]
    public string? NationalReference { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        NationalReference = Referral.NationalReference;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        var result = await referrals.RecordNationalReferenceAsync(ReferralId, Version, NationalReference, HttpContext.RequestAborted);
        return result.Succeeded ? Redirect($"{Base}/check") : Failed(result, nameof(NationalReference));
    }

    private async Task<IActionResult?> OpenAsync()
    {
        if (await LoadAsync(edit: false) is { } stop)
        {
            return stop;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        return Referral.Status == ReferralStatus.Draft ? Redirect($"{Base}/check") : null;
    }
}
