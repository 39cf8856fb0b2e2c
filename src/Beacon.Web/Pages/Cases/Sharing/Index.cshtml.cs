using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Sharing;

/// <summary>Who this case is shared with, why, on what basis, and with what consent.</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser) : PageModel
{
    public string Reference { get; private set; } = string.Empty;

    public Guid CaseId { get; private set; }

    public bool CanShare { get; private set; }

    public CaseHeader Header { get; private set; } = null!;

    public IReadOnlyList<ShareRow> Shares { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var grant = HttpContext.CaseGrant();
        CaseId = grant.CaseId;
        CanShare = CaseManagers.CanManage(grant, currentUser);
        if (!grant.Sees(CaseSections.Summary) && !CanShare)
        {
            return Forbid();
        }

        Header = await CaseHeader.ReadAsync(db, grant, CanShare, HttpContext.RequestAborted);
        Reference = Header.Reference;
        Shares = await (
            from s in db.CaseShares.AsNoTracking()
            where s.CaseId == CaseId

            // A partner sees its own organisation's share only: who else has the case, and why, is
            // for those who work it (minimum necessary).
            where CanShare || s.OrganisationId == currentUser.Scope.OrganisationId
            join o in db.Organisations on s.OrganisationId equals o.Id
            join u in db.Users on s.SharedByUserId equals u.Id into sharers
            from u in sharers.DefaultIfEmpty()
            orderby s.RevokedAt != null, s.SharedAt descending
            select new ShareRow(s.Id, o.Name, s.Sections, s.Purpose, s.LegalBasis, s.Consent, s.ConsentOverrideReason, u != null ? u.DisplayName : "Beacon", s.SharedAt, s.RevokedAt))
            .ToListAsync();
        return Page();
    }

    public sealed record ShareRow(Guid Id, string Organisation, CaseSections Sections, string Purpose, LegalBasis LegalBasis, ShareConsent Consent, string? OverrideReason, string SharedBy, DateTimeOffset SharedAt, DateTimeOffset? StoppedAt);
}
