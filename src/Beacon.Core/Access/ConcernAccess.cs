using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Access;

/// <summary>This user may see this concern, for this request.</summary>
public sealed record ConcernGrant(Guid ConcernId);

/// <summary>
/// The gate of every concern route, as <see cref="CaseAccess"/> is of case routes: reads the
/// concern through its query filter and writes the access-log row, allowed or denied. A concern
/// the user may not see and one that does not exist are the same: null.
/// </summary>
public sealed class ConcernAccess(AppDbContext db, AuditTrail audit)
{
    public const string ResourceType = "Concern";

    public async Task<ConcernGrant?> OpenAsync(Guid concernId, string action, CancellationToken cancellationToken = default)
    {
        var allowed = await db.Concerns.AnyAsync(c => c.Id == concernId, cancellationToken);
        audit.Access(ResourceType, concernId, action, allowed ? AccessOutcome.Allowed : AccessOutcome.Denied);
        await db.SaveChangesAsync(cancellationToken);
        return allowed ? new ConcernGrant(concernId) : null;
    }
}
