using Beacon.Core.Cases.Matching;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>
/// Keeps a case's <see cref="PersonNameKey"/> rows in step with its person's names, nickname and
/// aliases (<see cref="NameKeys"/>), so the duplicate check is an indexed lookup. Whoever changes
/// the names (opening a case, editing the person) calls it and then saves: the keys change in the
/// same unit of work as the names.
/// </summary>
public static class PersonIndex
{
    /// <summary>The key column's length (keys from <see cref="NameKeys"/> are much shorter).</summary>
    public const int MaxKeyLength = 60;

    /// <summary>The person's names as the matcher reads them: the full name first, then the nickname and the other names.</summary>
    public static IReadOnlyList<string> NamesOf(CasePerson? person, IEnumerable<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var names = new List<string>();
        if (person is not null)
        {
            var full = string.Join(" ", new[] { person.FirstName, person.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
            if (full.Length > 0)
            {
                names.Add(full);
            }

            if (!string.IsNullOrWhiteSpace(person.Nickname))
            {
                names.Add(person.Nickname.Trim());
            }
        }

        names.AddRange(aliases.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()));
        return names;
    }

    public static IReadOnlyList<string> NamesOf(CasePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return NamesOf(person, person.Aliases.Select(a => a.Name));
    }

    /// <summary>The match keys of every name the person has, each once.</summary>
    public static IReadOnlyList<string> KeysFor(CasePerson? person, IEnumerable<string> aliases) =>
        NamesOf(person, aliases).SelectMany(NameKeys.For).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> KeysOf(CasePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return KeysFor(person, person.Aliases.Select(a => a.Name));
    }

    /// <summary>Replaces the case's keys with those of the person and their other names (tracked; the caller saves).</summary>
    public static async Task RebuildKeysAsync(AppDbContext db, Guid caseId, CasePerson? person, IEnumerable<string> aliases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = KeysFor(person, aliases).ToHashSet(StringComparer.Ordinal);
        var stored = await db.PersonNameKeys.Where(k => k.CaseId == caseId).ToListAsync(cancellationToken);

        // Keys added earlier in this unit of work (a case being opened) are not in the database yet.
        var pending = db.ChangeTracker.Entries<PersonNameKey>()
            .Where(e => e.State == EntityState.Added && e.Entity.CaseId == caseId)
            .Select(e => e.Entity);
        var current = stored.Concat(pending).DistinctBy(k => k.Key).ToList();

        db.PersonNameKeys.RemoveRange(current.Where(k => !wanted.Contains(k.Key)));
        var have = current.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        db.PersonNameKeys.AddRange(wanted.Where(k => !have.Contains(k)).Select(k => new PersonNameKey { CaseId = caseId, Key = k }));
    }

    /// <summary>As above, with the person's loaded <see cref="CasePerson.Aliases"/>.</summary>
    public static Task RebuildKeysAsync(AppDbContext db, Guid caseId, CasePerson person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        return RebuildKeysAsync(db, caseId, person, person.Aliases.Select(a => a.Name), cancellationToken);
    }
}
