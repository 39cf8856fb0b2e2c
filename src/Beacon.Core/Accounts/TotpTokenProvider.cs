using Microsoft.AspNetCore.Identity;

namespace Beacon.Core.Accounts;

/// <summary>
/// Identity's authenticator provider, except that a code is accepted once: the step it belongs to
/// is saved on the user (with Identity's concurrency stamp, so two simultaneous uses cannot both win).
/// </summary>
public sealed class TotpTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<BeaconUser>
{
    public const string Name = "BeaconTotp";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<BeaconUser> manager, BeaconUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    // Codes come from the user's authenticator app; Beacon never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<BeaconUser> manager, BeaconUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<BeaconUser> manager, BeaconUser user)
    {
        var secret = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(secret))
        {
            return false;
        }

        var step = Totp.Match(Base32.Decode(secret), token, time.GetUtcNow(), user.LastTotpTimeStep);
        if (step is null)
        {
            return false;
        }

        user.LastTotpTimeStep = step.Value;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
