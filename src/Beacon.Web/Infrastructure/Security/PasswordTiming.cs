using Beacon.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Beacon.Web.Infrastructure.Security;

/// <summary>
/// A password hash check against a throwaway hash, so that refusing an unknown or locked account
/// costs the same time as refusing a wrong password.
/// </summary>
public sealed class PasswordTiming(IPasswordHasher<BeaconUser> hasher)
{
    private static readonly BeaconUser Nobody = new() { DisplayName = "nobody" };

    private static string? dummyHash;
    private static int checks;

    /// <summary>How many dummy checks this process has made (for the tests).</summary>
    public static int Checks => Volatile.Read(ref checks);

    public void VerifyAgainstDummy(string password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref dummyHash, () => hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));
        hasher.VerifyHashedPassword(Nobody, hash, password);
        Interlocked.Increment(ref checks);
    }
}

public static class ReturnUrls
{
    /// <summary>A local path to go back to after sign-in, or the signed-in home page.</summary>
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/sign-", StringComparison.OrdinalIgnoreCase) ? returnUrl : "/home";
}
