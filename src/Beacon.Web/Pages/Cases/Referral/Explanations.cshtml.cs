using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>Informed consent: the four things an adult must be told before their answer counts.</summary>
public class ExplanationsModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : ReferralPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Have you explained these to the person?", Description = "Select all that you have explained. You need all four before they can agree to a referral.")]
    public List<string> Explained { get; set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        Explained = [.. ReferralForm.Explanations.Where(c => Answers.Consent.Explained.HasFlag(Enum.Parse<ConsentExplanations>(c.Value))).Select(c => c.Value)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        var given = ConsentExplanations.None;
        foreach (var value in Explained)
        {
            if (!Enum.TryParse<ConsentExplanations>(value, out var one) || ReferralForm.Explanations.All(c => c.Value != value))
            {
                ModelState.AddModelError(nameof(Explained), "Select what you have explained from the list");
                return Page();
            }

            given |= one;
        }

        if (given != ConsentExplanations.All)
        {
            ModelState.AddModelError(nameof(Explained), "Explain all four things to the person before they decide whether to agree to a referral");
        }

        var result = await referrals.SaveSectionAsync(ReferralId, Version, answers => answers.Consent.Explained = given, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Failed(result, nameof(Explained));
        }

        return ModelState.ErrorCount > 0 ? Page() : Redirect($"{Base}/consent");
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
