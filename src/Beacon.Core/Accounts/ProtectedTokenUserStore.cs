using System.Security.Cryptography;
using Beacon.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Beacon.Core.Accounts;

/// <summary>
/// Identity's user store, except that the authenticator secret and the recovery codes are
/// encrypted with Data Protection before they reach <c>user_tokens</c>: a copy of that table alone
/// does not let anyone produce codes. A value that cannot be decrypted (keys lost) reads as none,
/// so two-factor fails closed.
/// </summary>
public sealed class ProtectedTokenUserStore(AppDbContext context, IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<BeaconUser, AppDbContext, Guid>(context, describer)
{
    private const string StoreProvider = "[AspNetUserStore]";

    private readonly IDataProtector protector = protection.CreateProtector("Beacon.UserTokens");

    public override Task SetTokenAsync(BeaconUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, loginProvider == StoreProvider && value is not null ? protector.Protect(value) : value, cancellationToken);

    public override async Task<string?> GetTokenAsync(BeaconUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var value = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        if (loginProvider != StoreProvider || value is null)
        {
            return value;
        }

        try
        {
            return protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
