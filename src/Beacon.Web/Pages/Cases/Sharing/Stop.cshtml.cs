using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Sharing;

/// <summary>Stop sharing with one organisation, with a reason; their users lose it on their next request.</summary>
public class StopModel(AppDbContext db, CaseSharing sharing, CurrentUser currentUser) : ReasonedCaseChangeModel(currentUser)
{
    public override string ReasonLabel => "Why are you stopping sharing?";

    public override string BackTo => $"/cases/{CaseId}/sharing";

    protected override string RouteKey => "shareId";

    protected override Task<string?> FindNameAsync(Guid caseId, Guid targetId) => (
        from s in db.CaseShares
        where s.Id == targetId && s.CaseId == caseId && s.RevokedAt == null
        join o in db.Organisations on s.OrganisationId equals o.Id
        select o.Name).SingleOrDefaultAsync();

    protected override Task<AdminResult> ApplyAsync(Guid caseId, Guid targetId, string? reason) => sharing.StopAsync(caseId, targetId, reason);

    protected override string Done(string name) => $"The case is no longer shared with {name}";
}
