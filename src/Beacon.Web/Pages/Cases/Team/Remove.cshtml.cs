using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Team;

/// <summary>Take someone off the case team, with a reason; they lose the case on their next request.</summary>
public class RemoveModel(AppDbContext db, CaseTeam team, CurrentUser currentUser) : ReasonedCaseChangeModel(currentUser)
{
    public override string ReasonLabel => "Why are you taking them off the case team?";

    public override string BackTo => $"/cases/{CaseId}/team";

    protected override string RouteKey => "userId";

    protected override Task<string?> FindNameAsync(Guid caseId, Guid targetId) => (
        from m in db.CaseMembers
        where m.CaseId == caseId && m.UserId == targetId
        join u in db.Users on m.UserId equals u.Id
        select u.DisplayName).SingleOrDefaultAsync();

    protected override Task<AdminResult> ApplyAsync(Guid caseId, Guid targetId, string? reason) => team.RemoveAsync(caseId, targetId, reason);

    protected override string Done(string name) => $"{name} is no longer on the case team";
}
