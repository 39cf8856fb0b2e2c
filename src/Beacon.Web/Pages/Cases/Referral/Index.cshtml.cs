using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>The case's referrals and reports, and where a new one starts (or the draft resumes).</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : PageModel
{
    public sealed record Row(Guid Id, ReferralKind? Kind, ReferralStatus Status, DateTimeOffset StartedAt, DateOnly? ReferredOn, string? NationalReference);

    public Guid CaseId { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    public bool CanEdit { get; private set; }

    public IReadOnlyList<Row> Referrals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var id = await referrals.StartOrResumeDraftAsync(CaseId, HttpContext.RequestAborted);
        return Redirect($"/cases/{CaseId}/referral/{id}");
    }

    public async Task<IActionResult> OnPostReReferAsync(Guid previousId)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!CanEdit || Referrals.All(r => r.Id != previousId))
        {
            return Forbid();
        }

        var result = await referrals.StartReReferralAsync(previousId, HttpContext.RequestAborted);
        return result.Succeeded ? Redirect($"/cases/{CaseId}/referral/{result.Id}") : RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        if (!grant.Sees(CaseSections.Referral))
        {
            return false;
        }

        CanEdit = CaseManagers.CanManage(grant, currentUser);
        Reference = await db.Cases.Where(c => c.Id == CaseId).Select(c => c.Reference).SingleAsync(HttpContext.RequestAborted);
        Referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == CaseId).OrderByDescending(r => r.StartedAt)
            .Select(r => new Row(r.Id, r.Kind, r.Status, r.StartedAt, r.ReferredOn, r.NationalReference)).ToListAsync(HttpContext.RequestAborted);
        return true;
    }

    public static string KindText(ReferralKind? kind) => kind switch
    {
        ReferralKind.Nrm => "NRM referral",
        ReferralKind.DutyToNotify => "Duty to Notify report",
        _ => "Referral (route not yet decided)",
    };
}
