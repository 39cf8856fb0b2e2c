using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>
/// A page of one referral of the case: the referral must belong to the case the gate opened, the
/// user must see the case's referral section, and changing it needs the case worker's rights.
/// </summary>
public abstract class ReferralPageModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public Guid CaseId { get; private set; }

    public Guid ReferralId { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    public Core.Cases.Referral Referral { get; private set; } = null!;

    public ReferralAnswers Answers { get; private set; } = new();

    public bool CanEdit { get; private set; }

    /// <summary>The version the form was loaded with: a save against another is a conflict.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public string Base => $"/cases/{CaseId}/referral/{ReferralId}";

    protected AppDbContext Db => db;

    /// <summary>Null when the page may go on; otherwise the response (404, 403, or back to the summary once submitted).</summary>
    protected async Task<IActionResult?> LoadAsync(bool edit = true)
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        if (!grant.Sees(CaseSections.Referral) || !Guid.TryParse(RouteData.Values["referralId"]?.ToString(), out var referralId))
        {
            return NotFound();
        }

        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId && r.CaseId == CaseId, HttpContext.RequestAborted);
        if (referral is null)
        {
            return NotFound();
        }

        ReferralId = referral.Id;
        Referral = referral;
        Answers = ReferralRules.Read(referral);
        CanEdit = CaseManagers.CanManage(grant, currentUser);
        Reference = await db.Cases.Where(c => c.Id == CaseId).Select(c => c.Reference).SingleAsync(HttpContext.RequestAborted);
        if (edit && !CanEdit)
        {
            return Forbid();
        }

        if (edit && referral.Status != ReferralStatus.Draft)
        {
            return Redirect($"{Base}/check");
        }

        if (HttpMethods.IsGet(Request.Method))
        {
            Version = referral.Version;
        }

        return null;
    }

    /// <summary>Shows a failed save as a GOV.UK error on the field the service named.</summary>
    protected IActionResult Failed(Beacon.Core.Accounts.AdminResult result, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Error == ReferralService.ConflictMessage)
        {
            // Someone else saved first: the next try is against their version, with what this user typed still shown.
            Version = Referral.Version;
        }

        ModelState.AddModelError(field ?? result.Field ?? string.Empty, result.Error ?? "Something went wrong");
        return Page();
    }
}
