using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Users;

/// <summary>An account as an administrator sees it: who, where, what they may do, and its state. No case content.</summary>
public sealed record UserDetails(
    Guid Id,
    string Name,
    string Email,
    Guid OrganisationId,
    string Organisation,
    Guid? TeamId,
    string? Team,
    IReadOnlyList<Role> Roles,
    UserStatus Status,
    bool TwoFactorEnabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignedInAt,
    DateTimeOffset? DeactivatedAt,
    DateTimeOffset? LockoutEnd,
    string ConcurrencyStamp)
{
    public bool IsDeactivated => Status == UserStatus.Deactivated;

    public bool IsInvited => DeactivatedAt is null && Status == UserStatus.Invited;

    public static async Task<UserDetails?> ReadAsync(AppDbContext db, TimeProvider time, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var u = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.OrganisationId,
                Organisation = u.Organisation!.Name,
                u.TeamId,
                Team = u.Team != null ? u.Team.Name : null,
                Roles = u.Roles.Select(r => r.Role).ToList(),
                HasPassword = u.PasswordHash != null,
                u.TwoFactorEnabled,
                u.CreatedAt,
                u.LastSignedInAt,
                u.DeactivatedAt,
                u.LockoutEnd,
                u.ConcurrencyStamp,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (u is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        return new UserDetails(u.Id, u.DisplayName, u.Email ?? string.Empty, u.OrganisationId, u.Organisation, u.TeamId, u.Team,
            [.. u.Roles.Order()], UserRow.StatusOf(u.DeactivatedAt, u.HasPassword, u.LockoutEnd, now), u.TwoFactorEnabled,
            u.CreatedAt, u.LastSignedInAt, u.DeactivatedAt, u.LockoutEnd > now ? u.LockoutEnd : null, u.ConcurrencyStamp ?? string.Empty);
    }
}
