using Beacon.Core.Organisations;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Core.Accounts;

/// <summary>A person who signs in to Beacon. The email address is the user name.</summary>
public sealed class BeaconUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public Guid? TeamId { get; set; }

    public Team? Team { get; set; }

    public List<UserRoleAssignment> Roles { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when an administrator deactivates the account; its sessions end at once.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    public DateTimeOffset? LastSignedInAt { get; set; }

    /// <summary>
    /// The last TOTP time step accepted: a code for this step or an earlier one is refused, so a
    /// code cannot be used twice.
    /// </summary>
    public long LastTotpTimeStep { get; set; }

    /// <summary>The subject of the council's identity provider, for OpenID Connect sign-in.</summary>
    public string? ExternalSubject { get; set; }

    public bool IsActive => DeactivatedAt is null;
}

public sealed class UserRoleAssignment
{
    public Guid UserId { get; set; }

    public Role Role { get; set; }
}

/// <summary>
/// A signed-in session, held on the server so that sign-out, deactivation and the idle and
/// absolute timeouts end it at once whatever the browser still holds.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public SessionEndReason? EndReason { get; set; }
}

public enum SessionEndReason
{
    SignedOut,
    IdleTimeout,
    AbsoluteTimeout,
    AccountDeactivated,
    CredentialsChanged,
}

public enum AccountTokenPurpose
{
    Invitation,
    PasswordReset,
}

/// <summary>A one-time link sent by email. Only a hash of the token is stored.</summary>
public sealed class AccountToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public AccountTokenPurpose Purpose { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
