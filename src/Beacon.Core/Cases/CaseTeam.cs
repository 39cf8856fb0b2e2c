using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>
/// Named people on a case beyond its owning team (a police officer, a health visitor). Adding and
/// removing are audited; a removed member loses the case on their next request.
/// </summary>
public sealed class CaseTeam(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors)
{
    public async Task<AdminResult> AddAsync(Guid caseId, Guid? userId, CancellationToken cancellationToken = default)
    {
        var user = userId is null ? null : await db.Users
            .Where(u => u.Id == userId && u.DeactivatedAt == null)
            .Select(u => new { u.Id, u.DisplayName, Roles = u.Roles.Select(r => r.Role).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null || !Roles.CapabilitiesOf(user.Roles).Overlaps([Capability.CasesWorkTeam, Capability.CasesViewArea, Capability.CasesViewShared]))
        {
            return AdminResult.Fail("UserId", "Select a person who works on cases");
        }

        if (await db.CaseMembers.AnyAsync(m => m.CaseId == caseId && m.UserId == user.Id, cancellationToken))
        {
            return AdminResult.Fail("UserId", $"{user.DisplayName} is already on the case team");
        }

        db.CaseMembers.Add(new CaseMember { CaseId = caseId, UserId = user.Id, AddedAt = time.GetUtcNow(), AddedByUserId = actors.Current.UserId ?? Guid.Empty });
        audit.Record(CaseAccess.ResourceType, caseId, $"{user.DisplayName} added to the case team");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The primary key: the same person added twice at once.
            return AdminResult.Fail("UserId", $"{user.DisplayName} is already on the case team");
        }

        return AdminResult.Ok(user.Id);
    }

    public async Task<AdminResult> RemoveAsync(Guid caseId, Guid userId, string? reason, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Fail("Reason", "Enter why you are taking them off the case team");
        }

        var member = await db.CaseMembers.SingleOrDefaultAsync(m => m.CaseId == caseId && m.UserId == userId, cancellationToken);
        if (member is null)
        {
            return AdminResult.Ok(userId);
        }

        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        db.CaseMembers.Remove(member);
        audit.Record(CaseAccess.ResourceType, caseId, $"{name} taken off the case team", reason: reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok(userId);
    }
}
