using Beacon.Core.Access;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Accounts;

/// <summary>A session that is still good, with the user's access as it is now in the database.</summary>
public sealed record ActiveSession(Guid SessionId, Guid UserId, string DisplayName, string? Email, AccessScope Scope, DateTimeOffset LastSeenAt, DateTimeOffset CreatedAt);

/// <summary>
/// Server-side sessions. The cookie names a session; every request checks it here, so sign-out,
/// deactivation, a changed password or reset two-factor, and the timeouts take effect at once.
/// </summary>
public sealed class SessionStore(AppDbContext db, TimeProvider time)
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);

    /// <summary>Write LastSeenAt at most this often: the idle clock is this precise.</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromSeconds(15);

    public async Task<Guid> StartAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var session = new UserSession { Id = Guid.NewGuid(), UserId = userId, CreatedAt = now, LastSeenAt = now };
        db.UserSessions.Add(session);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignedInAt, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>The session and the user's current access, or why it has ended.</summary>
    public async Task<(ActiveSession? Session, SessionEndReason? Ended)> ValidateAsync(Guid sessionId, Guid userId, string? securityStamp, CancellationToken cancellationToken = default)
    {
        var row = await (
            from s in db.UserSessions
            join u in db.Users on s.UserId equals u.Id
            where s.Id == sessionId && s.UserId == userId
            select new
            {
                s.CreatedAt,
                s.LastSeenAt,
                s.EndedAt,
                s.EndReason,
                u.SecurityStamp,
                u.DeactivatedAt,
                u.DisplayName,
                u.Email,
                u.OrganisationId,
                OrganisationType = u.Organisation!.Type,
                OrganisationActive = u.Organisation.IsActive,
                u.TeamId,
                Roles = u.Roles.Select(r => r.Role).ToList(),
                Areas = u.Organisation.Areas.Select(a => a.AreaId).ToList(),
            }).AsNoTracking().SingleOrDefaultAsync(cancellationToken);

        if (row is null)
        {
            return (null, SessionEndReason.SignedOut);
        }

        if (row.EndedAt is not null)
        {
            return (null, row.EndReason ?? SessionEndReason.SignedOut);
        }

        var now = time.GetUtcNow();
        SessionEndReason? reason =
            row.DeactivatedAt is not null || !row.OrganisationActive ? SessionEndReason.AccountDeactivated
            : !string.Equals(row.SecurityStamp, securityStamp, StringComparison.Ordinal) ? SessionEndReason.CredentialsChanged
            : now - row.CreatedAt >= AbsoluteTimeout ? SessionEndReason.AbsoluteTimeout
            : now - row.LastSeenAt >= IdleTimeout ? SessionEndReason.IdleTimeout
            : null;
        if (reason is not null)
        {
            await EndAsync(sessionId, reason.Value, cancellationToken);
            return (null, reason);
        }

        if (now - row.LastSeenAt >= TouchInterval)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }

        var scope = AccessScope.ForUser(userId, row.OrganisationId, row.OrganisationType, row.TeamId, row.Areas, row.Roles);
        return (new ActiveSession(sessionId, userId, row.DisplayName, row.Email, scope, now, row.CreatedAt), null);
    }

    public Task EndAsync(Guid sessionId, SessionEndReason reason, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    public Task EndAllAsync(Guid userId, SessionEndReason reason, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }
}
