using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>H. Consent (adults only): yes is an NRM referral; no is a Duty to Notify report, after a warning.</summary>
public class ConsentModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : ReferralPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Does the person agree to be referred to the National Referral Mechanism?")]
    public string? Consents { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        Consents = Answers.Consent.Consents switch { true => "yes", false => "no", _ => null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        if (Consents is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Consents), "Select whether the person agrees to be referred to the NRM");
            return Page();
        }

        if (Consents == "no")
        {
            // Nothing is saved until the worker has read what a Duty to Notify report means.
            return Redirect($"{Base}/duty-to-notify-warning");
        }

        if (Referral.ExplanationsGiven != ConsentExplanations.All)
        {
            ModelState.AddModelError(nameof(Consents), "Explain all four things to the person before they agree to a referral");
            return Page();
        }

        var result = await referrals.SaveSectionAsync(ReferralId, Version, answers => answers.Consent.Consents = true, HttpContext.RequestAborted);
        return result.Succeeded ? Redirect(Base) : Failed(result, nameof(Consents));
    }

    private async Task<IActionResult?> OpenAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        // A child is never asked: always an NRM referral.
        return Referral.UnderEighteen == AgeAnswer.Adult ? null : Redirect(Base);
    }
}
