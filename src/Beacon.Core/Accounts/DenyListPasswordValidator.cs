using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Core.Accounts;

/// <summary>
/// NCSC password guidance: long (12 or more, checked by Identity's options), any characters, no
/// composition rules, and not a common or breached password, nor one with a few digits or symbols
/// added to one, nor the user's own name or email address.
/// </summary>
public sealed class DenyListPasswordValidator : IPasswordValidator<BeaconUser>
{
    public const int MaximumLength = 256;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    private static readonly string[] ServiceWords = ["beacon", "modernslavery", "modern slavery", "password"];

    public Task<IdentityResult> ValidateAsync(UserManager<BeaconUser> manager, BeaconUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Fail("PasswordTooLong", $"Your password must be {MaximumLength} characters or fewer");
        }

        if (IsCommon(password))
        {
            return Fail("PasswordCommon", "Choose a password that is harder to guess: this one is on a list of common or breached passwords");
        }

        var lower = password.ToLowerInvariant();
        var personal = new[] { user.Email?.Split('@')[0], user.DisplayName }
            .Concat(user.DisplayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
            .Where(w => w is { Length: >= 4 })
            .Select(w => w!.ToLowerInvariant());
        if (personal.Any(lower.Contains))
        {
            return Fail("PasswordPersonal", "Your password must not contain your name or email address");
        }

        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>On the list as it is, lower-cased, or once digits, symbols and spaces are taken off either end.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (lower.Distinct().Count() <= 2)
        {
            return true;
        }

        var core = lower.Trim().Trim("0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\| \t".ToCharArray());
        return Common.Value.Contains(lower)
            || Common.Value.Contains(lower.Replace(" ", string.Empty, StringComparison.Ordinal))
            || core.Length == 0
            || Common.Value.Contains(core)
            || ServiceWords.Any(w => core == w);
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Beacon.Core.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.ToLowerInvariant());
            }
        }

        return set;
    }
}

/// <summary>GOV.UK wording for the Identity errors people can meet.</summary>
public sealed class BeaconIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Your password must be {length} characters or more" };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "There is already an account with this email address" };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "There is already an account with this email address" };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Enter an email address in the correct format, like name@example.gov.uk" };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Someone else changed this account at the same time. Check the details and try again" };
}
