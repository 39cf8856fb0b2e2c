using Beacon.Core.Cases.Matching;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>A person already on a case the user may see, who may be the one they are about to create.</summary>
public sealed record DuplicateMatch(
    Guid CaseId,
    string Reference,
    CaseStatus Status,
    CaseRoute Route,
    string? Name,
    IReadOnlyList<string> OtherNames,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    Gender Gender,
    string? NationalityCode,
    MatchResult Result);

/// <summary>
/// Before a new person is created: the people on cases the user may see who may be the same
/// person, best first, with the reasons. Candidates come only from indexed lookups (the name keys
/// and the date of birth), through the case query filter, so a person on a case the user may not
/// see is never offered, and the check stays fast at 100,000 cases. It advises; the worker decides.
/// </summary>
public sealed class DuplicateCheck(AppDbContext db, TimeProvider time)
{
    public const int MaxResults = 10;

    /// <summary>More candidates than this from the keys means the names are too common to help; the best of them are scored.</summary>
    public const int MaxCandidates = 300;

    public async Task<IReadOnlyList<DuplicateMatch>> FindAsync(PersonProbe probe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var keys = probe.Names.SelectMany(NameKeys.For).Distinct(StringComparer.Ordinal).ToList();
        var ids = new HashSet<Guid>();
        if (keys.Count > 0)
        {
            // The cases sharing the most keys first: with common names, the likeliest are scored.
            ids.UnionWith(await db.PersonNameKeys.AsNoTracking()
                .Where(k => keys.Contains(k.Key))
                .GroupBy(k => k.CaseId)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .Take(MaxCandidates)
                .ToListAsync(cancellationToken));
        }

        if (probe.DateOfBirth is { } dateOfBirth)
        {
            ids.UnionWith(await db.CasePeople.AsNoTracking()
                .Where(p => p.DateOfBirth == dateOfBirth)
                .Select(p => p.CaseId)
                .Take(MaxCandidates)
                .ToListAsync(cancellationToken));
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var idList = ids.ToList();
        var people = await db.CasePeople.AsNoTracking()
            .Where(p => idList.Contains(p.CaseId))
            .Join(db.Cases, p => p.CaseId, c => c.Id, (p, c) => new { Person = p, c.Reference, c.Status, c.Route, c.IsAnonymous })
            .Where(x => !x.IsAnonymous)
            .ToListAsync(cancellationToken);
        var aliases = (await db.PersonAliases.AsNoTracking()
                .Where(a => idList.Contains(a.CaseId))
                .Select(a => new { a.CaseId, a.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.CaseId, a => a.Name);

        var candidates = people.Select(x =>
        {
            x.Person.Aliases = [.. aliases[x.Person.CaseId].Select(n => new PersonAlias { CaseId = x.Person.CaseId, Name = n })];
            return (x, new PersonCandidate
            {
                Names = PersonIndex.NamesOf(x.Person),
                DateOfBirth = x.Person.DateOfBirth,
                EstimatedAge = x.Person.EstimatedAge,
                AgeEstimatedOn = x.Person.AgeEstimatedOn,
                Gender = x.Person.Gender == Gender.NotKnown ? null : x.Person.Gender,
                Nationalities = new[] { x.Person.NationalityCode, x.Person.SecondNationalityCode }.OfType<string>().ToList(),
            });
        });

        var today = Audit.UkTime.Today(time);
        return PersonMatcher.Rank(probe, candidates, today, MatchBand.Weak)
            .Take(MaxResults)
            .Select(m =>
            {
                var p = m.Candidate.Person;
                var name = string.Join(" ", new[] { p.FirstName, p.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
                var others = new[] { p.Nickname }.OfType<string>().Concat(p.Aliases.Select(a => a.Name)).ToList();
                return new DuplicateMatch(p.CaseId, m.Candidate.Reference, m.Candidate.Status, m.Candidate.Route, name.Length == 0 ? null : name, others, p.DateOfBirth, p.EstimatedAge, p.Gender, p.NationalityCode, m.Result);
            })
            .ToList();
    }
}
