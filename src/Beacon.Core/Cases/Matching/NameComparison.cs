namespace Beacon.Core.Cases.Matching;

/// <summary>How two name tokens agree, weakest first.</summary>
internal enum TokenAgreement
{
    None,
    Initial,
    Similar,
    Nickname,
    SoundsAlike,
    Same,
}

internal sealed record TokenPair(NameToken Probe, NameToken Candidate, double Score, TokenAgreement Agreement);

/// <summary>
/// How alike two full names are, 0 to 1, with the token pairs that made it.
/// Tokens are paired regardless of order, because family names come first in Vietnamese,
/// Chinese and Hungarian names and in many forms, and records disagree on which part is which.
/// </summary>
internal sealed record NameComparison(
    double Score,
    IReadOnlyList<TokenPair> Pairs,
    IReadOnlyList<NameToken> UnmatchedProbe,
    IReadOnlyList<NameToken> UnmatchedCandidate,
    bool DifferentOrder)
{
    public static readonly NameComparison Nothing = new(0, [], [], [], false);

    public static NameComparison Compare(IReadOnlyList<NameToken> probe, IReadOnlyList<NameToken> candidate)
    {
        if (probe.Count == 0 || candidate.Count == 0)
        {
            return Nothing;
        }
        probe = JoinCompounds(probe, candidate);
        candidate = JoinCompounds(candidate, probe);

        var options = new List<(int P, int C, double Score, TokenAgreement Agreement)>();
        for (var p = 0; p < probe.Count; p++)
        {
            for (var c = 0; c < candidate.Count; c++)
            {
                var (tokenScore, agreement) = CompareTokens(probe[p], candidate[c]);
                if (agreement != TokenAgreement.None)
                {
                    options.Add((p, c, tokenScore, agreement));
                }
            }
        }

        // Greedy pairing, best first; equal scores prefer tokens in the same position.
        var usedProbe = new bool[probe.Count];
        var usedCandidate = new bool[candidate.Count];
        var pairs = new List<(int P, int C, TokenPair Pair)>();
        foreach (var option in options.OrderByDescending(o => o.Score).ThenBy(o => Math.Abs(o.P - o.C)))
        {
            if (usedProbe[option.P] || usedCandidate[option.C])
            {
                continue;
            }
            usedProbe[option.P] = usedCandidate[option.C] = true;
            pairs.Add((option.P, option.C, new TokenPair(probe[option.P], candidate[option.C], option.Score, option.Agreement)));
        }

        var matched = pairs.Sum(p => p.Pair.Score * (Weight(p.Pair.Probe) + Weight(p.Pair.Candidate)) / 2);
        var probeWeight = probe.Sum(Weight);
        var candidateWeight = candidate.Sum(Weight);
        var shorter = Math.Min(probeWeight, candidateWeight);
        var longer = Math.Max(probeWeight, candidateWeight);
        // A missing middle or family name is common between records, so covering the shorter
        // name counts most; one matching token alone (just "Ali") is weak evidence.
        var score = (0.7 * matched / shorter) + (0.3 * matched / longer);
        if (shorter <= 1)
        {
            score *= 0.8;
        }

        var ordered = pairs.OrderBy(p => p.P).Select(p => p.C).ToList();
        var differentOrder = ordered.Zip(ordered.Skip(1)).Any(step => step.Second < step.First);
        return new NameComparison(
            Math.Clamp(score, 0, 1),
            pairs.OrderBy(p => p.P).Select(p => p.Pair).ToList(),
            probe.Where((_, i) => !usedProbe[i]).ToList(),
            candidate.Where((_, i) => !usedCandidate[i]).ToList(),
            differentOrder);
    }

    private static double Weight(NameToken token) => token.IsWeak ? 0.5 : 1;

    /// <summary>
    /// Abdul Rahman against Abdulrahman, Gebre Medhin against Gebremedhin: two neighbouring
    /// tokens on one side are joined when the other side has them as one.
    /// </summary>
    private static List<NameToken> JoinCompounds(IReadOnlyList<NameToken> tokens, IReadOnlyList<NameToken> other)
    {
        var joined = new List<NameToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i + 1 < tokens.Count && !tokens[i].IsInitial && !tokens[i + 1].IsInitial)
            {
                var compound = NameSound.Token(tokens[i].Letters + tokens[i + 1].Letters);
                if (compound is not null && other.Any(o => o.Phonetic == compound.Phonetic))
                {
                    joined.Add(new NameToken(tokens[i].Text + " " + tokens[i + 1].Text, compound.Letters, compound.Phonetic, compound.Skeleton));
                    i++;
                    continue;
                }
            }
            joined.Add(tokens[i]);
        }
        return joined;
    }

    /// <summary>
    /// Keys find candidates generously; this decides how alike two tokens really are. Sharing
    /// only a consonant outline is not enough: Mohammed and Mahmoud, Omar and Amir share one
    /// but are different names, so the vowels must also nearly agree, the more so in short names.
    /// </summary>
    internal static (double Score, TokenAgreement Agreement) CompareTokens(NameToken a, NameToken b)
    {
        if (a.IsInitial || b.IsInitial)
        {
            return a.Letters[0] == b.Letters[0] ? (0.5, TokenAgreement.Initial) : (0, TokenAgreement.None);
        }
        if (a.Letters == b.Letters)
        {
            return (1, TokenAgreement.Same);
        }
        if (a.Phonetic == b.Phonetic || a.VariantHeads.Intersect(b.VariantHeads).Any())
        {
            return (0.9, TokenAgreement.SoundsAlike);
        }
        if (a.Heads.Intersect(b.Heads).Any())
        {
            return (0.85, TokenAgreement.Nickname);
        }
        var distance = NameSound.Distance(a.Phonetic, b.Phonetic);
        if (a.Skeleton == b.Skeleton && a.Skeleton.Length >= 3)
        {
            if (distance <= 1)
            {
                return (0.85, TokenAgreement.SoundsAlike);
            }
            if (distance == 2 && Math.Min(a.Phonetic.Length, b.Phonetic.Length) >= 5)
            {
                return (0.6, TokenAgreement.Similar);
            }
        }
        // One slip in a longer name (Roberto/Robert); short names differing by a letter
        // (Tran/Tram, Ali/Ari) are usually different names.
        if (distance == 1 && Math.Min(a.Phonetic.Length, b.Phonetic.Length) >= 5)
        {
            return (0.7, TokenAgreement.Similar);
        }
        return (0, TokenAgreement.None);
    }
}
