using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Accounts;

public sealed record InviteUserOptions(string Email, string DisplayName, Guid OrganisationId, Guid? TeamId, IReadOnlyCollection<Role> Roles);

public sealed record ChangeUserAccessOptions(Guid UserId, Guid? TeamId, IReadOnlyCollection<Role> Roles, string ExpectedConcurrencyStamp);

/// <summary>The outcome of an administrator's change: done, or the GOV.UK error to show against a field.</summary>
public sealed record AdminResult(bool Succeeded, string? Field = null, string? Error = null, Guid? Id = null)
{
    public static AdminResult Ok(Guid? id = null) => new(true, Id: id);

    public static AdminResult Fail(string field, string error) => new(false, field, error);
}

/// <summary>
/// Accounts, as an administrator changes them. Each change writes its audit event in the same
/// transaction; anything that reduces access also ends the user's sessions at once.
/// </summary>
public sealed class UserAdministration(
    AppDbContext db,
    UserManager<BeaconUser> users,
    AccountTokens tokens,
    EmailOutbox outbox,
    SessionStore sessions,
    AuditTrail audit,
    TimeProvider time)
{
    public const string EntityType = "User";

    /// <summary>Creates the account without a password and emails a one-time link to set one.</summary>
    /// <param name="invitationLink">Turns the token into the absolute link for the email.</param>
    public async Task<AdminResult> InviteAsync(InviteUserOptions options, Func<string, string> invitationLink, CancellationToken cancellationToken = default)
    {
        var check = await CheckPlacementAsync(options.OrganisationId, options.TeamId, options.Roles, cancellationToken);
        if (check is not null)
        {
            return check;
        }

        var email = options.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return AdminResult.Fail(nameof(options.Email), "There is already an account with this email address");
        }

        var user = new BeaconUser
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserName = email,
            Email = email,
            DisplayName = options.DisplayName.Trim(),
            OrganisationId = options.OrganisationId,
            TeamId = options.TeamId,
            CreatedAt = time.GetUtcNow(),
            LockoutEnabled = true,
            Roles = [.. options.Roles.Distinct().Select(r => new UserRoleAssignment { Role = r })],
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            var error = created.Errors.First();
            return AdminResult.Fail(nameof(options.Email), error.Description);
        }

        var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.Invitation, cancellationToken);
        outbox.Enqueue(email, "You have been invited to Beacon", InvitationBody(user.DisplayName, invitationLink(token)));
        audit.Record(EntityType, user.Id, "User invited", AuditTrail.Changes(
            ("Organisation", null, options.OrganisationId),
            ("Team", null, options.TeamId),
            ("Roles", null, string.Join(", ", options.Roles.Order()))));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AdminResult.Ok(user.Id);
    }

    public async Task<AdminResult> ResendInvitationAsync(Guid userId, Func<string, string> invitationLink, string? reason = null, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.PasswordHash is not null || !user.IsActive)
        {
            return AdminResult.Fail("UserId", "This account has already been set up or is deactivated");
        }

        var token = await tokens.IssueAsync(user.Id, AccountTokenPurpose.Invitation, cancellationToken);
        outbox.Enqueue(user.Email!, "You have been invited to Beacon", InvitationBody(user.DisplayName, invitationLink(token)));
        audit.Record(EntityType, user.Id, "Invitation sent again", reason: reason);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok(user.Id);
    }

    /// <summary>Team and roles. Takes effect on the user's next request (access is read per request).</summary>
    public async Task<AdminResult> ChangeAccessAsync(ChangeUserAccessOptions options, string? reason, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == options.UserId, cancellationToken);
        if (user is null)
        {
            return AdminResult.Fail("UserId", "This account no longer exists");
        }

        var check = await CheckPlacementAsync(user.OrganisationId, options.TeamId, options.Roles, cancellationToken);
        if (check is not null)
        {
            return check;
        }

        if (!string.Equals(user.ConcurrencyStamp, options.ExpectedConcurrencyStamp, StringComparison.Ordinal))
        {
            return AdminResult.Fail("Roles", "Someone else changed this account while you were editing it. Check its details and make your change again");
        }

        var oldRoles = string.Join(", ", user.Roles.Select(r => r.Role).Order());
        var newRoles = string.Join(", ", options.Roles.Distinct().Order());
        var changes = AuditTrail.Changes(("Team", user.TeamId, options.TeamId), ("Roles", oldRoles, newRoles));
        if (changes.Count == 0)
        {
            return AdminResult.Ok(user.Id);
        }

        user.TeamId = options.TeamId;
        user.Roles.RemoveAll(r => !options.Roles.Contains(r.Role));
        foreach (var role in options.Roles.Distinct().Where(r => user.Roles.All(x => x.Role != r)))
        {
            user.Roles.Add(new UserRoleAssignment { UserId = user.Id, Role = role });
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        audit.Record(EntityType, user.Id, "Access changed", changes, reason);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminResult.Fail("Roles", "Someone else changed this account while you were editing it. Check its details and make your change again");
        }

        return AdminResult.Ok(user.Id);
    }

    /// <summary>Ends every session now; the account cannot sign in until reactivated.</summary>
    public Task<AdminResult> DeactivateAsync(Guid userId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, "User deactivated", reason, async user =>
        {
            if (!user.IsActive)
            {
                return false;
            }

            user.DeactivatedAt = time.GetUtcNow();
            await sessions.EndAllAsync(user.Id, SessionEndReason.AccountDeactivated, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<AdminResult> ReactivateAsync(Guid userId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, "User reactivated", reason, user =>
        {
            if (user.IsActive)
            {
                return Task.FromResult(false);
            }

            user.DeactivatedAt = null;
            return Task.FromResult(true);
        }, cancellationToken);

    /// <summary>For a lost phone: the user sets up an authenticator again at their next sign-in.</summary>
    public Task<AdminResult> ResetTwoFactorAsync(Guid userId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, "Two-factor authentication reset", reason, async user =>
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
            await sessions.EndAllAsync(user.Id, SessionEndReason.CredentialsChanged, cancellationToken);
            outbox.Enqueue(user.Email!, "Your Beacon two-factor authentication was reset",
                $"Dear {user.DisplayName},\n\nAn administrator has reset the two-factor authentication on your Beacon account. "
                + "The next time you sign in you will be asked to set up an authenticator app again.\n\n"
                + "If you did not ask for this, tell your Beacon administrator at once.\n");
            return true;
        }, cancellationToken);

    private async Task<AdminResult> ChangeAsync(Guid userId, string action, string reason, Func<BeaconUser, Task<bool>> change, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Fail("Reason", "Enter why you are making this change");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return AdminResult.Fail("UserId", "This account no longer exists");
        }

        if (!await change(user))
        {
            return AdminResult.Ok(user.Id);
        }

        await users.UpdateSecurityStampAsync(user);
        audit.Record(EntityType, user.Id, action, reason: reason);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AdminResult.Ok(user.Id);
    }

    private async Task<AdminResult?> CheckPlacementAsync(Guid organisationId, Guid? teamId, IReadOnlyCollection<Role> roles, CancellationToken cancellationToken)
    {
        if (roles.Count == 0)
        {
            return AdminResult.Fail("Roles", "Select at least one role");
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && o.IsActive, cancellationToken))
        {
            return AdminResult.Fail("OrganisationId", "Select an organisation");
        }

        if (teamId is not null && !await db.Teams.AnyAsync(t => t.Id == teamId && t.OrganisationId == organisationId && t.IsActive, cancellationToken))
        {
            return AdminResult.Fail("TeamId", "Select a team in the user's organisation");
        }

        if (teamId is null && roles.Contains(Role.FirstResponder))
        {
            return AdminResult.Fail("TeamId", "Select the team a first responder works in");
        }

        return null;
    }

    private static string InvitationBody(string name, string link) =>
        $"Dear {name},\n\nYou have been invited to Beacon, the partnership's modern slavery case system.\n\n"
        + $"Set your password and your authenticator app here (the link works once, for 7 days):\n{link}\n\n"
        + "If you were not expecting this, you can ignore this email.\n";
}
