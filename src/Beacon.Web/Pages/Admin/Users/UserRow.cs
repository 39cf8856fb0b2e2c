using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Admin.Users;

public enum UserStatus
{
    Invited,
    Active,
    Deactivated,
    Locked,
}

/// <summary>One line of a list of users, read as an AsNoTracking projection.</summary>
public sealed record UserRow(Guid Id, string Name, string Email, Guid OrganisationId, string Organisation, string? Team, IReadOnlyList<Role> Roles, UserStatus Status)
{
    public static async Task<List<UserRow>> ListAsync(AppDbContext db, TimeProvider time, IQueryable<BeaconUser> users, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var rows = await users.AsNoTracking()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ThenBy(u => u.Id)
            .Skip(skip).Take(take)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                u.OrganisationId,
                Organisation = u.Organisation!.Name,
                Team = u.Team != null ? u.Team.Name : null,
                Roles = u.Roles.Select(r => r.Role).ToList(),
                HasPassword = u.PasswordHash != null,
                u.DeactivatedAt,
                u.LockoutEnd,
            })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. rows.Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? string.Empty, u.OrganisationId, u.Organisation, u.Team,
            [.. u.Roles.Order()], StatusOf(u.DeactivatedAt, u.HasPassword, u.LockoutEnd, now)))];
    }

    public static UserStatus StatusOf(DateTimeOffset? deactivatedAt, bool hasPassword, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        deactivatedAt is not null ? UserStatus.Deactivated
        : !hasPassword ? UserStatus.Invited
        : lockoutEnd > now ? UserStatus.Locked
        : UserStatus.Active;

    public static TagOptionsFor Tag(UserStatus status) => status switch
    {
        UserStatus.Invited => new("Invited", "govuk-tag--blue"),
        UserStatus.Active => new("Active", "govuk-tag--green"),
        UserStatus.Deactivated => new("Deactivated", "govuk-tag--grey"),
        UserStatus.Locked => new("Locked", "govuk-tag--red"),
        _ => new(status.ToString(), "govuk-tag--grey"),
    };

    public sealed record TagOptionsFor(string Text, string Classes);
}
