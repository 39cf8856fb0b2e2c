namespace Beacon.Core.Cases.Matching;

/// <summary>
/// Short match keys for names, for an indexed equality lookup: store a row (person, key) for
/// every key of every name a person has (aliases too), then find duplicate candidates with
/// <c>key IN (keys of the new person's names)</c> and score them with <see cref="PersonMatcher"/>.
/// Spelling and transliteration variants of a name share a key; the matcher, not the key,
/// decides how alike two names are, so keys favour recall over precision but stay fine
/// enough that one key never pulls in a large part of everyone.
/// </summary>
public static class NameKeys
{
    /// <summary>At most this many keys come from one name token.</summary>
    public const int MaxKeysPerToken = 4;

    /// <summary>Longest key: long enough to tell names apart, short enough for a narrow index.</summary>
    public const int MaxKeyLength = 16;

    /// <summary>
    /// Keys for one name token or a full name (the union of its tokens' keys, at most
    /// <see cref="MaxKeysPerToken"/> from each token). Per token:
    /// <list type="bullet">
    /// <item>a sound key: the consonant outline ("mhmd" for Mohammed, Muhamad, Mohamad) or,
    /// when the outline is under three letters and so too coarse (Ali would be "al", Ioana "jn"
    /// with John, Jane and Yan), the whole phonetic form ("ali", "joana");</item>
    /// <item>"=" and the head of each curated variant or nickname group the token belongs to
    /// ("=muhamad" for Mohd and Mo; "=aleksander" for Oleksandr and Sasha).</item>
    /// </list>
    /// Initials, particles (al, bin, van, de) and, beside other tokens, the near-universal
    /// tokens (Thi, Singh, Kaur, Begum…) make no keys. "Abdul Rahman" also gets the keys of
    /// "Abdulrahman", as the two are written both ways.
    /// </summary>
    public static IReadOnlyList<string> For(string? name)
    {
        var tokens = NameSound.Tokens(name);
        var useful = tokens.Where(t => !t.IsInitial).ToList();
        if (useful.Any(t => !t.IsWeak))
        {
            useful = useful.Where(t => !t.IsWeak).ToList();
        }

        var keys = new List<string>();
        foreach (var token in useful)
        {
            AddDistinct(keys, ForToken(token));
        }
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Letters is "abd" or "abdul" or "abdel" or "abdal" or "abdol" or "abdur" or "abdi" or "abdu")
            {
                var compound = NameSound.Token(tokens[i].Letters + tokens[i + 1].Letters);
                if (compound is not null)
                {
                    AddDistinct(keys, ForToken(compound));
                }
            }
        }
        return keys;
    }

    internal static IReadOnlyList<string> ForToken(NameToken token)
    {
        var keys = new List<string> { SoundKey(token) };
        keys.AddRange(token.Heads.Select(head => Truncate("=" + head)));
        return keys.Distinct(StringComparer.Ordinal).Take(MaxKeysPerToken).ToList();
    }

    internal static string SoundKey(NameToken token) =>
        Truncate(token.Skeleton.Length >= 3 ? token.Skeleton : token.Phonetic);

    private static string Truncate(string key) => key.Length > MaxKeyLength ? key[..MaxKeyLength] : key;

    private static void AddDistinct(List<string> keys, IEnumerable<string> more)
    {
        foreach (var key in more)
        {
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }
    }
}
