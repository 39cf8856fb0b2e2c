using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Accounts;

/// <summary>Who the council's identity provider says signed in, with its roles already mapped to Beacon's.</summary>
/// <param name="Subject">The provider's <c>sub</c>: stable for the person, unlike their email address.</param>
/// <param name="EmailVerified">False only when the provider said so; then the address is not used to find an account.</param>
/// <param name="MappedRoles">Null or empty when the provider sent no role Beacon knows: the account's roles are then left alone.</param>
public sealed record ExternalIdentity(string Subject, string? Email, bool EmailVerified, string? DisplayName, IReadOnlyCollection<Role>? MappedRoles);

/// <summary>How accounts from the identity provider are treated (the <c>Authentication:Oidc</c> settings).</summary>
public sealed record ExternalAccountPolicy(bool AutoProvision, Guid? OrganisationId);

public enum ExternalSignInRefusal
{
    /// <summary>No account has this subject or address, and none may be made.</summary>
    NoAccount,

    Deactivated,

    /// <summary>The address belongs to an account already linked to a different subject.</summary>
    LinkedElsewhere,

    /// <summary>An account would be made, but the provider gave no role Beacon knows.</summary>
    NoRole,

    /// <summary>The provider's answer lacked what Beacon needs (a subject), or the settings are incomplete.</summary>
    Unusable,
}

public sealed record ExternalSignInResult(BeaconUser? User, ExternalSignInRefusal? Refusal, bool Provisioned = false, bool RolesChanged = false)
{
    public static ExternalSignInResult Refused(ExternalSignInRefusal refusal) => new(null, refusal);
}

/// <summary>
/// Finds (or, when allowed, makes) the Beacon account for a person signed in at the council's
/// identity provider: by subject, else by email address (then remembers the subject). Roles the
/// provider sends replace the account's roles. Every change writes its audit event in the same
/// transaction, as the identity provider acting.
/// </summary>
public sealed class ExternalAccounts(AppDbContext db, UserManager<BeaconUser> users, TimeProvider time)
{
    public async Task<ExternalSignInResult> ResolveAsync(ExternalIdentity identity, ExternalAccountPolicy policy, string? correlationId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(identity.Subject) || identity.Subject.Length > 200)
        {
            return ExternalSignInResult.Refused(ExternalSignInRefusal.Unusable);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.Include(u => u.Roles).Include(u => u.Organisation)
            .SingleOrDefaultAsync(u => u.ExternalSubject == identity.Subject, cancellationToken);
        var email = string.IsNullOrWhiteSpace(identity.Email) ? null : identity.Email.Trim();
        var linked = false;
        if (user is null && email is not null && identity.EmailVerified)
        {
            var normalised = users.NormalizeEmail(email);
            user = await db.Users.Include(u => u.Roles).Include(u => u.Organisation)
                .SingleOrDefaultAsync(u => u.NormalizedEmail == normalised, cancellationToken);
            if (user is not null)
            {
                if (user.ExternalSubject is not null)
                {
                    return new ExternalSignInResult(user, ExternalSignInRefusal.LinkedElsewhere);
                }

                linked = true;
            }
        }

        if (user is null)
        {
            return await ProvisionAsync(identity, email, policy, correlationId, transaction, cancellationToken);
        }

        if (!user.IsActive || user.Organisation is { IsActive: false })
        {
            return new ExternalSignInResult(user, ExternalSignInRefusal.Deactivated);
        }

        var audit = AuditFor(user, correlationId);
        if (linked)
        {
            user.ExternalSubject = identity.Subject;
            audit.Record(UserAdministration.EntityType, user.Id, "Linked to identity provider account");
        }

        var rolesChanged = SyncRoles(user, identity.MappedRoles, audit);
        if (linked || rolesChanged)
        {
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ExternalSignInResult(user, null, RolesChanged: rolesChanged);
    }

    private async Task<ExternalSignInResult> ProvisionAsync(
        ExternalIdentity identity, string? email, ExternalAccountPolicy policy, string? correlationId,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        if (!policy.AutoProvision || email is null || !identity.EmailVerified)
        {
            return ExternalSignInResult.Refused(ExternalSignInRefusal.NoAccount);
        }

        if (identity.MappedRoles is not { Count: > 0 } roles)
        {
            return ExternalSignInResult.Refused(ExternalSignInRefusal.NoRole);
        }

        if (policy.OrganisationId is not { } organisationId
            || !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.IsActive, cancellationToken))
        {
            return ExternalSignInResult.Refused(ExternalSignInRefusal.Unusable);
        }

        var now = time.GetUtcNow();
        var user = new BeaconUser
        {
            Id = Guid.CreateVersion7(now),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(identity.DisplayName) ? email : identity.DisplayName.Trim(),
            OrganisationId = organisationId,
            CreatedAt = now,
            LockoutEnabled = true,
            ExternalSubject = identity.Subject,
            Roles = [.. roles.Distinct().Select(r => new UserRoleAssignment { Role = r })],
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // An address Identity will not take as a user name, say: nothing to sign in to.
            return ExternalSignInResult.Refused(ExternalSignInRefusal.Unusable);
        }

        AuditFor(user, correlationId).Record(UserAdministration.EntityType, user.Id, "User provisioned from identity provider", AuditTrail.Changes(
            ("Organisation", null, organisationId),
            ("Roles", null, string.Join(", ", roles.Distinct().Order()))));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ExternalSignInResult(user, null, Provisioned: true);
    }

    private static bool SyncRoles(BeaconUser user, IReadOnlyCollection<Role>? mapped, AuditTrail audit)
    {
        if (mapped is not { Count: > 0 })
        {
            return false;
        }

        var wanted = mapped.Distinct().Order().ToList();
        var current = user.Roles.Select(r => r.Role).Distinct().Order().ToList();
        if (wanted.SequenceEqual(current))
        {
            return false;
        }

        user.Roles.RemoveAll(r => !wanted.Contains(r.Role));
        foreach (var role in wanted.Where(r => user.Roles.All(x => x.Role != r)))
        {
            user.Roles.Add(new UserRoleAssignment { UserId = user.Id, Role = role });
        }

        audit.Record(UserAdministration.EntityType, user.Id, "Access changed by identity provider",
            AuditTrail.Changes(("Roles", string.Join(", ", current), string.Join(", ", wanted))));
        return true;
    }

    /// <summary>Nobody is signed in yet: the identity provider is the actor, on behalf of this user.</summary>
    private AuditTrail AuditFor(BeaconUser user, string? correlationId) =>
        new(db, time, new FixedActorSource(new Actor(user.Id, user.OrganisationId, "system:identity-provider", correlationId)));
}
