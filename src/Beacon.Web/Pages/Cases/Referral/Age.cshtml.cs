using System.ComponentModel.DataAnnotations;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>B. Age: a child, or someone who may be one, is always referred into the NRM with the local authority contacted.</summary>
public class AgeModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : ReferralPageModel(db, currentUser)
{
    [BindProperty]
    [Display(Name = "Is the person under 18?")]
    public string? UnderEighteen { get; set; }

    [BindProperty]
    [Display(Name = "Local authority", Description = "The children's services that have been contacted.")]
    public string? LocalAuthority { get; set; }

    [BindProperty]
    [Display(Name = "Contact's name")]
    public string? ContactName { get; set; }

    [BindProperty]
    [Display(Name = "Contact's phone number")]
    public string? ContactPhone { get; set; }

    [BindProperty]
    [Display(Name = "Contact's email address")]
    public string? ContactEmail { get; set; }

    [BindProperty]
    [Display(Name = "Were they under 18 at the time of the exploitation?")]
    public string? AtExploitation { get; set; }

    public IReadOnlyList<SelectListItem> LocalAuthorities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        UnderEighteen = Answers.Age.UnderEighteen?.ToString();
        LocalAuthority = Answers.Age.LocalAuthorityCode;
        ContactName = Answers.Age.LocalAuthorityContactName;
        ContactPhone = Answers.Age.LocalAuthorityContactPhone;
        ContactEmail = Answers.Age.LocalAuthorityContactEmail;
        AtExploitation = Answers.Age.UnderEighteenAtExploitation?.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } stop)
        {
            return stop;
        }

        if (!Enum.TryParse<AgeAnswer>(UnderEighteen, out var age) || !Enum.IsDefined(age))
        {
            ModelState.AddModelError(nameof(UnderEighteen), "Select whether the person is under 18");
            return Page();
        }

        AgeAnswer? atExploitation = Enum.TryParse<AgeAnswer>(AtExploitation, out var at) && Enum.IsDefined(at) ? at : null;
        if (age == AgeAnswer.Adult && atExploitation is null)
        {
            ModelState.AddModelError(nameof(AtExploitation), "Select whether they were under 18 at the time of the exploitation");
            return Page();
        }

        if (!string.IsNullOrEmpty(LocalAuthority) && LocalAuthorities.All(l => l.Value != LocalAuthority))
        {
            ModelState.AddModelError(nameof(LocalAuthority), "Select the local authority from the list");
            return Page();
        }

        foreach (var (field, value) in new[] { (nameof(ContactName), ContactName), (nameof(ContactPhone), ContactPhone), (nameof(ContactEmail), ContactEmail) })
        {
            if (value?.Length > 200)
            {
                ModelState.AddModelError(field, "This must be 200 characters or fewer");
                return Page();
            }
        }

        var child = ReferralRules.IsChild(age);
        var result = await referrals.SaveSectionAsync(ReferralId, Version, answers =>
        {
            answers.Age.UnderEighteen = age;
            answers.Age.UnderEighteenAtExploitation = child ? null : atExploitation;
            answers.Age.LocalAuthorityCode = child ? Clean(LocalAuthority) : null;
            answers.Age.LocalAuthorityContactName = child ? Clean(ContactName) : null;
            answers.Age.LocalAuthorityContactPhone = child ? Clean(ContactPhone) : null;
            answers.Age.LocalAuthorityContactEmail = child ? Clean(ContactEmail) : null;
        }, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return Failed(result, nameof(UnderEighteen));
        }

        return Redirect(child ? Base : $"{Base}/explanations");
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<IActionResult?> OpenAsync()
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        LocalAuthorities =
        [
            new SelectListItem("Choose a local authority", string.Empty),
            .. await Db.LocalAuthorities.AsNoTracking().Where(l => l.IsActive).OrderBy(l => l.SortOrder).Select(l => new SelectListItem(l.Name, l.Name)).ToListAsync(HttpContext.RequestAborted),
        ];
        return null;
    }
}
