using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>Duty to Notify: only a person who agrees to co-operate may be identified; "no" anonymises the case.</summary>
public class CooperationModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : ReferralPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Does the person agree to co-operate with the authorities?", Description = "For example, to be contacted by the police. If they do not, nothing that identifies them will be kept.")]
    public string? Agrees { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        Agrees = Answers.DutyToNotify.AgreesToCooperate switch { true => "yes", false => "no", _ => null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        if (Agrees is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Agrees), "Select whether the person agrees to co-operate with the authorities");
            return Page();
        }

        var result = await referrals.SaveSectionAsync(ReferralId, Version, answers => answers.DutyToNotify.AgreesToCooperate = Agrees == "yes", HttpContext.RequestAborted);
        return result.Succeeded ? Redirect($"{Base}/duty-to-notify") : Failed(result, nameof(Agrees));
    }

    private async Task<IActionResult?> OpenAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        return Referral.Kind == ReferralKind.DutyToNotify ? null : Redirect(Base);
    }
}
