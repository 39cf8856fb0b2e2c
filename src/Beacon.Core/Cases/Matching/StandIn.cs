// A minimal stand-in for the matching engine (branch `matching`), with its API, so triage builds
// before that branch lands. Delete this file when merging `matching`.
namespace Beacon.Core.Cases.Matching;

public enum MatchBand
{
    None,
    Weak,
    Possible,
    Strong,
}

public sealed record MatchResult(int Score, MatchBand Band, IReadOnlyList<string> Reasons);

public abstract record PersonDetails
{
    public IReadOnlyList<string> Names { get; init; } = [];

    public DateOnly? DateOfBirth { get; init; }

    public int? EstimatedAge { get; init; }

    public DateOnly? AgeEstimatedOn { get; init; }

    public Gender? Gender { get; init; }

    public IReadOnlyList<string> Nationalities { get; init; } = [];
}

public sealed record PersonProbe : PersonDetails;

public sealed record PersonCandidate : PersonDetails;

public static class NameKeys
{
    public static IReadOnlyList<string> For(string? name) =>
        Tokens(name).Select(Skeleton).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    internal static IEnumerable<string> Tokens(string? name) =>
        (name ?? string.Empty).ToLowerInvariant()
            .Split([' ', '-', ',', '\'', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length > 1);

    internal static string Skeleton(string token)
    {
        var letters = new string([.. token.Where(char.IsLetter)]);
        if (letters.Length == 0)
        {
            return string.Empty;
        }

        var consonants = new System.Text.StringBuilder();
        foreach (var c in letters)
        {
            if ("aeiouyw".Contains(c, StringComparison.Ordinal) || (consonants.Length > 0 && consonants[^1] == c))
            {
                continue;
            }

            consonants.Append(c);
        }

        var skeleton = consonants.ToString();
        return (skeleton.Length >= 3 ? skeleton : letters)[..Math.Min(16, skeleton.Length >= 3 ? skeleton.Length : letters.Length)];
    }
}

public static class PersonMatcher
{
    public static IReadOnlyList<(T Candidate, MatchResult Result)> Rank<T>(
        PersonProbe probe,
        IEnumerable<(T Candidate, PersonCandidate Details)> candidates,
        DateOnly today,
        MatchBand minimum = MatchBand.Possible)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return candidates
            .Select(c => (c.Candidate, Result: Score(probe, c.Details, today)))
            .Where(c => c.Result.Band >= minimum)
            .OrderByDescending(c => c.Result.Score)
            .ToList();
    }

    private static MatchResult Score(PersonProbe probe, PersonCandidate candidate, DateOnly today)
    {
        var reasons = new List<string>();
        var probeKeys = probe.Names.SelectMany(NameKeys.For).ToHashSet(StringComparer.Ordinal);
        var candidateKeys = candidate.Names.SelectMany(NameKeys.For).ToHashSet(StringComparer.Ordinal);
        var shared = probeKeys.Intersect(candidateKeys).Count();
        var points = probeKeys.Count == 0 ? 0 : 60 * shared / Math.Max(probeKeys.Count, candidateKeys.Count);
        reasons.Add(shared > 0 ? "Names sound alike" : "Names do not match");
        if (probe.DateOfBirth is { } a && candidate.DateOfBirth is { } b)
        {
            points += a == b ? 35 : -25;
            reasons.Add(a == b ? "Same date of birth" : "Different date of birth");
        }
        else if ((probe.DateOfBirth ?? candidate.DateOfBirth) is { } dob && (probe.EstimatedAge ?? candidate.EstimatedAge) is { } age)
        {
            var actual = today.Year - dob.Year;
            points += Math.Abs(actual - age) <= 2 ? 14 : -15;
            reasons.Add(Math.Abs(actual - age) <= 2 ? "Estimated age fits the date of birth" : "Estimated age does not fit the date of birth");
        }

        if (probe.Nationalities.Intersect(candidate.Nationalities, StringComparer.OrdinalIgnoreCase).Any())
        {
            points += 5;
            reasons.Add("Same nationality");
        }

        var score = Math.Clamp(points, 0, 100);
        var band = score >= 75 ? MatchBand.Strong : score >= 50 ? MatchBand.Possible : score >= 30 ? MatchBand.Weak : MatchBand.None;
        return new MatchResult(score, band, reasons);
    }
}
