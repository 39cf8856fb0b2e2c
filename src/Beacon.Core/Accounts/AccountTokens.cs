using System.Security.Cryptography;
using System.Text;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Accounts;

/// <summary>
/// One-time links (invitations, password resets). The link carries 256 random bits; only their
/// SHA-256 is stored, so a copy of the database cannot be used to sign in.
/// </summary>
public sealed class AccountTokens(AppDbContext db, TimeProvider time)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(2);

    /// <summary>Adds a token to the unit of work, ending any earlier unused one for the same purpose.</summary>
    public async Task<string> IssueAsync(Guid userId, AccountTokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await foreach (var old in db.AccountTokens.Where(t => t.UserId == userId && t.Purpose == purpose && t.UsedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            old.UsedAt = now;
        }

        var raw = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.AccountTokens.Add(new AccountToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            Purpose = purpose,
            TokenHash = Hash(raw),
            CreatedAt = now,
            ExpiresAt = now + (purpose == AccountTokenPurpose.Invitation ? InvitationLifetime : ResetLifetime),
        });
        return raw;
    }

    /// <summary>The unused, unexpired token, tracked so that the caller can mark it used.</summary>
    public async Task<AccountToken?> FindAsync(string? raw, AccountTokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(raw) || raw.Length > 100)
        {
            return null;
        }

        var hash = Hash(raw);
        var now = time.GetUtcNow();
        var token = await db.AccountTokens.SingleOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose, cancellationToken);
        return token is { UsedAt: null } && token.ExpiresAt > now ? token : null;
    }

    private static byte[] Hash(string raw) => SHA256.HashData(Encoding.ASCII.GetBytes(raw));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
