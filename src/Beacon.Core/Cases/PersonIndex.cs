using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>
/// Keeps a case's <see cref="PersonNameKey"/> rows in step with its person's names and aliases, in
/// the caller's unit of work, so the duplicate check stays an indexed lookup.
/// </summary>
public static class PersonIndex
{
    public const int MaxKeyLength = 60;

    /// <summary>
    /// Lower-cased name tokens. A stand-in until <c>Beacon.Core.Cases.Matching.NameKeys</c> (spelling
    /// and transliteration variants) is on main; then this should call <c>NameKeys.For</c>.
    /// </summary>
    public static IReadOnlyList<string> KeysFor(CasePerson? person, IEnumerable<string> aliases)
    {
        if (person is null)
        {
            return [];
        }

        return [.. new[] { person.FirstName, person.LastName, person.Nickname }.Concat(aliases)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(n => n!.Split([' ', '-', '\'', ',', '.', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => t.ToLowerInvariant())
            .Select(t => t.Length > MaxKeyLength ? t[..MaxKeyLength] : t)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Adds and removes keys so they match the person and aliases (tracked or about to be saved).</summary>
    public static async Task RebuildKeysAsync(AppDbContext db, Guid caseId, CasePerson? person, IEnumerable<string> aliases, CancellationToken cancellationToken = default)
    {
        var wanted = KeysFor(person, aliases).ToHashSet(StringComparer.Ordinal);
        var existing = await db.PersonNameKeys.Where(k => k.CaseId == caseId).ToListAsync(cancellationToken);
        foreach (var key in existing.Where(k => !wanted.Contains(k.Key)))
        {
            db.PersonNameKeys.Remove(key);
        }

        foreach (var key in wanted.Where(w => !existing.Any(e => e.Key == w)))
        {
            db.PersonNameKeys.Add(new PersonNameKey { CaseId = caseId, Key = key });
        }
    }
}
