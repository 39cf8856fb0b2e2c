using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>Before an adult's "no" is saved: what a Duty to Notify report means for what Beacon keeps (s.52(3)).</summary>
public class DutyToNotifyWarningModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : ReferralPageModel(db, currentUser)
{
    public async Task<IActionResult> OnGetAsync() => await OpenAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        var result = await referrals.SaveSectionAsync(ReferralId, Version, answers => answers.Consent.Consents = false, HttpContext.RequestAborted);
        return result.Succeeded ? Redirect($"{Base}/co-operation") : Failed(result);
    }

    private async Task<IActionResult?> OpenAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        return Referral.UnderEighteen == AgeAnswer.Adult ? null : Redirect(Base);
    }
}
