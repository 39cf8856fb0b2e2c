namespace Beacon.Core.Cases.Matching;

/// <summary>
/// Scores how likely an existing person is the one a worker is about to create. It only
/// advises: the worker decides. Names carry most of the weight; dates of birth confirm or
/// contradict; gender and nationality adjust a little. Without a name match the score cannot
/// get past Weak, and Strong needs names that are essentially the same: twins share a
/// family name and a date of birth, and siblings' given names are often alike.
/// </summary>
public static class PersonMatcher
{
    /// <summary>Points for identical names; the name score is squared first, so partial name matches count much less.</summary>
    private const double NamePoints = 55;
    private const int SameDateOfBirth = 35;
    private const int SamePlaceholderDateOfBirth = 18;
    private const int SwappedDayAndMonth = 18;
    private const int YearOffByOne = 14;
    private const int PlaceholderYearClose = 10;
    private const int DifferentDateOfBirth = -25;
    private const int EstimateFits = 14;
    private const int EstimateFitsLessPerYear = 3;
    private const int EstimatedAgeFarOff = -15;
    private const int EstimatedAgesClose = 6;
    private const int EstimatedAgesFarApart = -10;
    private const int DifferentGender = -20;
    private const int SameNationality = 5;
    private const int DifferentNationality = -5;

    /// <summary>Lowest scores of the bands, public so pages can say what a band means.</summary>
    public const int StrongFrom = 75;
    public const int PossibleFrom = 50;
    public const int WeakFrom = 30;

    /// <summary>Name score (0–1) below which a match cannot be Strong; nor can it when any name only looks alike or is an initial.</summary>
    private const double StrongNameFrom = 0.85;

    private sealed record Prepared(PersonDetails Details, IReadOnlyList<IReadOnlyList<NameToken>> Names, IReadOnlySet<string> Nationalities);

    public static MatchResult Score(PersonProbe probe, PersonCandidate candidate, DateOnly today) =>
        Score(Prepare(probe), Prepare(candidate), today);

    /// <summary>
    /// The candidates in band <paramref name="minimum"/> or better, best first (ties keep the
    /// given order).
    /// </summary>
    public static IReadOnlyList<(T Candidate, MatchResult Result)> Rank<T>(
        PersonProbe probe,
        IEnumerable<(T Candidate, PersonCandidate Details)> candidates,
        DateOnly today,
        MatchBand minimum = MatchBand.Possible)
    {
        var prepared = Prepare(probe);
        return candidates
            .Select(c => (c.Candidate, Result: Score(prepared, Prepare(c.Details), today)))
            .Where(c => c.Result.Band >= minimum)
            .OrderByDescending(c => c.Result.Score)
            .ToList();
    }

    private static Prepared Prepare(PersonDetails person) => new(
        person,
        person.Names.Select(NameSound.Tokens).Where(tokens => tokens.Count > 0).ToList(),
        person.Nationalities
            .Select(n => n.Trim())
            .Where(n => n.Length > 0 && !n.Equals("Unknown", StringComparison.OrdinalIgnoreCase) && !n.Equals("Not known", StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static MatchResult Score(Prepared probe, Prepared candidate, DateOnly today)
    {
        var reasons = new List<string>();
        var names = CompareNames(probe, candidate, reasons);
        var points = NamePoints * names.Score * names.Score;
        points += ScoreDates(probe.Details, candidate.Details, today, reasons);

        if (probe.Details.Gender is { } g1 && candidate.Details.Gender is { } g2
            && ((g1 == Gender.Male && g2 == Gender.Female) || (g1 == Gender.Female && g2 == Gender.Male)))
        {
            points += DifferentGender;
            reasons.Add("Different gender");
        }

        if (probe.Nationalities.Count > 0 && candidate.Nationalities.Count > 0)
        {
            if (probe.Nationalities.Overlaps(candidate.Nationalities))
            {
                points += SameNationality;
                reasons.Add("Same nationality");
            }
            else
            {
                points += DifferentNationality;
                reasons.Add("Different nationality");
            }
        }

        var score = (int)Math.Clamp(Math.Round(points, MidpointRounding.AwayFromZero), 0, 100);
        // Maria and Mario, Hassan and Hussain, an initial: alike, but not enough to be sure.
        var namesConvince = names.Score >= StrongNameFrom && names.Pairs.All(p => p.Agreement >= TokenAgreement.Nickname);
        if (score >= StrongFrom && !namesConvince)
        {
            score = StrongFrom - 1;
        }
        var band = score >= StrongFrom ? MatchBand.Strong
            : score >= PossibleFrom ? MatchBand.Possible
            : score >= WeakFrom ? MatchBand.Weak
            : MatchBand.None;
        return new MatchResult(score, band, reasons);
    }

    /// <summary>The best agreement between any of the probe's names and any of the candidate's, aliases included.</summary>
    private static NameComparison CompareNames(Prepared probe, Prepared candidate, List<string> reasons)
    {
        if (probe.Names.Count == 0 || candidate.Names.Count == 0)
        {
            return NameComparison.Nothing;
        }
        var best = NameComparison.Nothing;
        var usedAlias = false;
        for (var i = 0; i < probe.Names.Count; i++)
        {
            for (var j = 0; j < candidate.Names.Count; j++)
            {
                var comparison = NameComparison.Compare(probe.Names[i], candidate.Names[j]);
                if (comparison.Score > best.Score)
                {
                    best = comparison;
                    usedAlias = i > 0 || j > 0;
                }
            }
        }
        if (best.Pairs.Count == 0)
        {
            reasons.Add("Names do not match");
            return best;
        }
        if (usedAlias)
        {
            reasons.Add("Alias matches");
        }
        var allSame = best.Pairs.All(p => p.Agreement == TokenAgreement.Same);
        var complete = best.UnmatchedProbe.Count == 0 && best.UnmatchedCandidate.Count == 0;
        if (allSame && complete)
        {
            if (!usedAlias)
            {
                reasons.Add("Same name");
            }
        }
        else
        {
            var same = best.Pairs.Where(p => p.Agreement == TokenAgreement.Same).Select(p => p.Candidate.Text).ToList();
            if (same.Count > 0)
            {
                reasons.Add((same.Count == 1 ? "Name matches: " : "Names match: ") + string.Join(", ", same));
            }
            foreach (var pair in best.Pairs.Where(p => p.Agreement != TokenAgreement.Same))
            {
                var label = pair.Agreement switch
                {
                    TokenAgreement.SoundsAlike => "Name sounds alike",
                    TokenAgreement.Nickname => "Nickname or short form",
                    TokenAgreement.Similar => "Name spelt similarly",
                    _ => "Initial matches",
                };
                reasons.Add($"{label}: {pair.Probe.Text} / {pair.Candidate.Text}");
            }
            if (best.UnmatchedProbe.Count > 0 && best.UnmatchedCandidate.Count > 0)
            {
                reasons.Add($"Other names differ: {Join(best.UnmatchedProbe)} / {Join(best.UnmatchedCandidate)}");
            }
            else if (best.UnmatchedProbe.Count + best.UnmatchedCandidate.Count > 0)
            {
                reasons.Add($"Name on one record only: {Join(best.UnmatchedProbe.Concat(best.UnmatchedCandidate))}");
            }
        }
        if (best.DifferentOrder)
        {
            reasons.Add("Names in a different order");
        }
        return best;
    }

    private static string Join(IEnumerable<NameToken> tokens) => string.Join(" ", tokens.Select(t => t.Text));

    private static int ScoreDates(PersonDetails probe, PersonDetails candidate, DateOnly today, List<string> reasons)
    {
        if (probe.DateOfBirth is { } a && candidate.DateOfBirth is { } b)
        {
            return CompareDatesOfBirth(a, b, reasons);
        }
        if (probe.DateOfBirth is { } dob && candidate.EstimatedAge is { } candidateAge)
        {
            return CompareWithEstimate(dob, candidateAge, candidate.AgeEstimatedOn ?? today, reasons);
        }
        if (candidate.DateOfBirth is { } candidateDob && probe.EstimatedAge is { } probeAge)
        {
            return CompareWithEstimate(candidateDob, probeAge, probe.AgeEstimatedOn ?? today, reasons);
        }
        if (probe.EstimatedAge is { } e1 && candidate.EstimatedAge is { } e2)
        {
            // Both estimates carried forward to today, as they may have been made years apart.
            var now1 = e1 + YearsBetween(probe.AgeEstimatedOn ?? today, today);
            var now2 = e2 + YearsBetween(candidate.AgeEstimatedOn ?? today, today);
            var gap = Math.Abs(now1 - now2);
            if (gap <= 2)
            {
                reasons.Add($"Estimated ages are close (about {now1} and {now2} now)");
                return EstimatedAgesClose;
            }
            if (gap > 6)
            {
                reasons.Add($"Estimated ages are far apart (about {now1} and {now2} now)");
                return EstimatedAgesFarApart;
            }
        }
        return 0;
    }

    /// <summary>
    /// 1 January is what the Home Office and many agencies record when only the year of birth is
    /// known, so two people "born" on it share much less than a real date.
    /// </summary>
    private static int CompareDatesOfBirth(DateOnly a, DateOnly b, List<string> reasons)
    {
        var placeholder = IsPlaceholder(a) || IsPlaceholder(b);
        var yearGap = Math.Abs(a.Year - b.Year);
        if (a == b)
        {
            if (placeholder)
            {
                reasons.Add("Same date of birth, but 1 January is often recorded when only the year is known");
                return SamePlaceholderDateOfBirth;
            }
            reasons.Add("Same date of birth");
            return SameDateOfBirth;
        }
        if (a.Year == b.Year && a.Day == b.Month && a.Month == b.Day)
        {
            reasons.Add("Date of birth matches with day and month swapped (UK and US order)");
            return SwappedDayAndMonth;
        }
        if (placeholder && yearGap <= 1)
        {
            reasons.Add(yearGap == 0
                ? "Same year of birth (1 January is often recorded when only the year is known)"
                : "Years of birth 1 apart (1 January is often recorded when only the year is known)");
            return PlaceholderYearClose;
        }
        if (a.Month == b.Month && a.Day == b.Day && yearGap == 1)
        {
            reasons.Add("Same day and month of birth, year differs by 1");
            return YearOffByOne;
        }
        reasons.Add("Different date of birth");
        return DifferentDateOfBirth;
    }

    private static bool IsPlaceholder(DateOnly date) => date is { Month: 1, Day: 1 };

    /// <summary>Compares the estimate with the age the date of birth gives on the day it was estimated.</summary>
    private static int CompareWithEstimate(DateOnly dateOfBirth, int estimatedAge, DateOnly estimatedOn, List<string> reasons)
    {
        var age = YearsBetween(dateOfBirth, estimatedOn);
        var gap = Math.Abs(age - estimatedAge);
        switch (gap)
        {
            case 0:
                reasons.Add($"Estimated age {estimatedAge} matches date of birth (age {age})");
                return EstimateFits;
            case <= 2:
                reasons.Add($"Estimated age {estimatedAge} is within 2 years of date of birth (age {age})");
                return EstimateFits - (EstimateFitsLessPerYear * gap);
            case <= 5:
                reasons.Add($"Estimated age {estimatedAge} is {gap} years from date of birth (age {age})");
                return 0;
            default:
                reasons.Add($"Estimated age {estimatedAge} does not fit date of birth (age {age})");
                return EstimatedAgeFarOff;
        }
    }

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/>: an age on a date.</summary>
    internal static int YearsBetween(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (to.Month < from.Month || (to.Month == from.Month && to.Day < from.Day))
        {
            years--;
        }
        return years;
    }
}
