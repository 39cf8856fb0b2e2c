using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>The case's latest referral in the national form's order, so the national form can be completed in one pass; logged as a print.</summary>
[CaseAction("Print")]
public class PrintModel(AppDbContext db, TimeProvider time) : PageModel
{
    public Guid CaseId { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    public Core.Cases.Referral? Referral { get; private set; }

    public IReadOnlyList<SummarySection> Sections { get; private set; } = [];

    public IReadOnlyList<EvidenceRow> Evidence { get; private set; } = [];

    public DateTimeOffset PrintedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        if (!grant.Sees(CaseSections.Referral))
        {
            return NotFound();
        }

        Reference = await db.Cases.Where(c => c.Id == CaseId).Select(c => c.Reference).SingleAsync(HttpContext.RequestAborted);
        Referral = await db.Referrals.AsNoTracking().Where(r => r.CaseId == CaseId).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (Referral is not null)
        {
            Sections = ReferralSummary.For(Referral, ReferralRules.Read(Referral));
            Evidence = await EvidenceRow.ForAsync(db, Referral.Id, HttpContext.RequestAborted);
        }

        PrintedAt = time.GetUtcNow();
        return Page();
    }
}
