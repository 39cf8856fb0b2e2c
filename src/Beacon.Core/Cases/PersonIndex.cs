using Beacon.Core.Cases.Matching;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>
/// Keeps a case's <see cref="PersonNameKey"/> rows in step with its person's names, nickname and
/// aliases, so the duplicate check is an indexed lookup. Whoever changes the names calls it and
/// then saves: the keys change in the same unit of work as the names.
/// </summary>
public sealed class PersonIndex(AppDbContext db)
{
    /// <summary>The match keys of every name the person has, each once.</summary>
    public static IReadOnlyList<string> KeysOf(CasePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return NamesOf(person).SelectMany(NameKeys.For).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The person's names as the matcher reads them: the full name first, then the others.</summary>
    public static IReadOnlyList<string> NamesOf(CasePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var names = new List<string>();
        var full = string.Join(" ", new[] { person.FirstName, person.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
        if (full.Length > 0)
        {
            names.Add(full);
        }

        if (!string.IsNullOrWhiteSpace(person.Nickname))
        {
            names.Add(person.Nickname.Trim());
        }

        names.AddRange(person.Aliases.Select(a => a.Name.Trim()).Where(n => n.Length > 0));
        return names;
    }

    /// <summary>Replaces the case's keys with those of <paramref name="person"/> (tracked; the caller saves).</summary>
    public async Task RebuildKeysAsync(Guid caseId, CasePerson person, CancellationToken cancellationToken = default)
    {
        var wanted = KeysOf(person).ToHashSet(StringComparer.Ordinal);
        var stored = await db.PersonNameKeys.Where(k => k.CaseId == caseId).ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<PersonNameKey>()
            .Where(e => e.State == EntityState.Added && e.Entity.CaseId == caseId)
            .Select(e => e.Entity);
        var current = stored.Concat(pending).DistinctBy(k => k.Key).ToList();

        db.PersonNameKeys.RemoveRange(current.Where(k => !wanted.Contains(k.Key)));
        var have = current.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        db.PersonNameKeys.AddRange(wanted.Where(k => !have.Contains(k)).Select(k => new PersonNameKey { CaseId = caseId, Key = k }));
    }
}
