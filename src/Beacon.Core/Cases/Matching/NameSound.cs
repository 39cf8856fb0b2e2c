using System.Text;

namespace Beacon.Core.Cases.Matching;

/// <summary>One name token in the forms the matcher compares.</summary>
/// <param name="text">As written, for the reasons shown to the worker.</param>
/// <param name="letters">Lower-case a–z only: diacritics, punctuation and other scripts' marks gone.</param>
/// <param name="phonetic">The letters after the spelling and transliteration rules.</param>
/// <param name="skeleton">The phonetic form without vowels, the first sound kept (a leading vowel as "a").</param>
internal sealed class NameToken(string text, string letters, string phonetic, string skeleton)
{
    private IReadOnlyList<string>? _heads;
    private IReadOnlyList<string>? _variantHeads;

    public string Text { get; } = text;
    public string Letters { get; } = letters;
    public string Phonetic { get; } = phonetic;
    public string Skeleton { get; } = skeleton;

    /// <summary>A single letter: an initial such as the "J" of "J. Smith".</summary>
    public bool IsInitial => Letters.Length == 1;

    /// <summary>Shared by so many people that it says little about who someone is (see <see cref="NameSound.WeakTokens"/>).</summary>
    public bool IsWeak => NameSound.WeakTokens.Contains(Letters);

    /// <summary>Heads of the variant and nickname groups the token is in; computed on first use, as the tables are built from tokens.</summary>
    public IReadOnlyList<string> Heads => _heads ??= Nicknames.HeadsOf(this);

    /// <summary>Heads of the spelling-variant groups only.</summary>
    public IReadOnlyList<string> VariantHeads => _variantHeads ??= Nicknames.VariantHeadsOf(this);

    public override string ToString() => Text;
}

/// <summary>
/// Spelling-insensitive forms of names. Names reach Beacon typed by different people
/// from speech, documents in other scripts and earlier records, so the same person's
/// name arrives as Mohamed or Muhammad, Ioana or Joanna, Nguyễn or Ngyuen. These rules
/// fold the differences that come from transliteration and spelling, not from the name.
/// </summary>
internal static class NameSound
{
    /// <summary>
    /// Connecting words of Arabic, Dutch, German, Spanish, Portuguese, Italian and French
    /// names (and Vietnamese Văn, the male middle name, spelt like Dutch van). They are
    /// recorded or left out at random ("Al-Hassan", "Hassan") and carry no identity, so they
    /// are dropped when the name has other tokens.
    /// </summary>
    public static readonly IReadOnlySet<string> Particles = new HashSet<string>(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ud", "bin", "ibn", "bint", "binti",
        "van", "von", "der", "den", "de", "del", "della", "da", "das", "dos", "du", "di",
    };

    /// <summary>
    /// Tokens that most people of a community share: the Vietnamese gender middle names,
    /// Sikh Singh and Kaur, South Asian Kumar, Devi, Begum, Bibi, Khatun. They count half in
    /// name scores and make no match keys when the name has other tokens.
    /// </summary>
    public static readonly IReadOnlySet<string> WeakTokens = new HashSet<string>(StringComparer.Ordinal)
    {
        "thi", "singh", "kaur", "kumar", "kumari", "devi", "begum", "bibi", "khatun", "khatoon",
    };

    // Letters that canonical decomposition leaves whole, and Cyrillic, which UK records
    // sometimes hold as typed from a passport. Combining marks are dropped after FormD.
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ł'] = "l",
        ['đ'] = "d",
        ['ð'] = "d",
        ['ø'] = "o",
        ['æ'] = "ae",
        ['œ'] = "oe",
        ['ß'] = "ss",
        ['ı'] = "i",
        ['þ'] = "th",
        ['ə'] = "e",
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['ґ'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['є'] = "ye",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['і'] = "i",
        ['й'] = "i",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "yu",
        ['я'] = "ya",
    };

    /// <summary>
    /// Spelling and transliteration rules, tried longest first at each position of the
    /// letters. "x" in the output stands for the sh/ch/sz/cz sounds, which Polish, German,
    /// English and Arabic transliterations spell in all those ways.
    /// </summary>
    private static readonly (string From, string To)[] Rules =
    [
        ("tsch", "x"), ("dzh", "j"), ("sch", "x"), ("tch", "x"),
        ("sh", "x"), ("ch", "x"), ("cz", "x"), ("sz", "x"),
        ("zh", "j"), ("xh", "j"), ("dj", "j"), ("gj", "j"),
        ("kh", "h"), ("gh", "g"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("ck", "k"), ("rh", "r"), ("wh", "v"),
        ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ea", "i"), ("ie", "i"),
        ("x", "ks"), ("q", "k"), ("w", "v"), ("z", "s"), ("y", "i"),
    ];

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', ';', '/', '\\', '(', ')', '-', '‐', '–', '—', '_', '.', '"'];

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// Splits a full name into tokens. Hyphens separate, because double-barrelled and
    /// Arabic compound names are recorded with and without them; apostrophes join
    /// ("O'Brien"), except the elided d' and l' of French and Italian names.
    /// Particles go when anything else is left.
    /// </summary>
    public static IReadOnlyList<NameToken> Tokens(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        var tokens = new List<NameToken>();
        foreach (var part in name.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var text = part;
            if (text.Length > 2 && text[0] is 'd' or 'D' or 'l' or 'L' && text[1] is '\'' or '’' or '‘')
            {
                text = text[2..];
            }
            var token = Token(text);
            if (token is not null)
            {
                tokens.Add(token);
            }
        }
        return tokens.Any(t => !Particles.Contains(t.Letters))
            ? tokens.Where(t => !Particles.Contains(t.Letters)).ToList()
            : tokens;
    }

    /// <summary>The forms of one token, or null when it has no letters (digits, other scripts).</summary>
    public static NameToken? Token(string text)
    {
        var letters = Letters(text);
        if (letters.Length == 0)
        {
            return null;
        }
        var phonetic = Phonetic(ArabicCompound(letters));
        return new NameToken(text, letters, phonetic, Skeleton(phonetic));
    }

    public static string Letters(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= 'a' and <= 'z')
            {
                letters.Append(c);
            }
            else if (Transliterations.TryGetValue(c, out var latin))
            {
                letters.Append(latin);
            }
        }
        return letters.ToString();
    }

    /// <summary>
    /// Abdul Rahman, Abdelrahman, Abd al-Rahman, Abdurrahman and Abdirahman are one name
    /// ("servant of the Merciful"); the linking vowel and the article vary by region.
    /// Folds them to "abd" + the name; the article's l (or the doubled r it assimilates to)
    /// goes, so Abdullah and Abdallah meet too.
    /// </summary>
    public static string ArabicCompound(string letters)
    {
        if (!letters.StartsWith("abd", StringComparison.Ordinal) || letters.Length < 6)
        {
            return letters;
        }
        var rest = letters[3..];
        if (IsVowel(rest[0]))
        {
            rest = rest[1..];
        }
        if (rest.StartsWith('l') && rest.Length > 2)
        {
            rest = rest[1..];
        }
        else if (rest.StartsWith("rr", StringComparison.Ordinal))
        {
            rest = rest[1..];
        }
        return rest.Length >= 2 ? "abd" + rest : letters;
    }

    public static string Phonetic(string letters)
    {
        if (letters.Length == 0)
        {
            return letters;
        }
        var sound = new StringBuilder(letters.Length + 4);
        var i = 0;
        if (letters.Length > 3 && letters[0] is 'y' or 'i' && IsVowel(letters[1]))
        {
            // Yusuf/Jusuf, Yekaterina, Ioana/Joanna, Iulia/Julia: a gliding start is spelt y, i or j.
            // Not in short Chinese syllables, where Yu and Zhu or Yan and Jan are different names.
            sound.Append('j');
            i = 1;
        }
        else if (letters.StartsWith("chr", StringComparison.Ordinal))
        {
            sound.Append('k');
            i = 2;
        }
        else if (letters.Length > 2 && (letters.StartsWith("ts", StringComparison.Ordinal) || letters.StartsWith("tz", StringComparison.Ordinal)))
        {
            // Tigrinya and Chinese initial ts (Tsegay, Tsai) is often written plain s.
            sound.Append('s');
            i = 2;
        }
        else if (letters[0] == 'x' && letters.Length > 1 && letters[1] != 'h')
        {
            // Pinyin x (Xu, Xiao) is close to sh; elsewhere x is ks.
            sound.Append('x');
            i = 1;
        }

        while (i < letters.Length)
        {
            var c = letters[i];
            if (c == 'c')
            {
                var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
                if (next is 'h' or 'z' or 'k')
                {
                    i += ApplyRule(letters, i, sound);
                    continue;
                }
                sound.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                i++;
                continue;
            }
            if (c is 'o' or 'a' && i + 1 < letters.Length && letters[i + 1] == 'w'
                && (i + 2 == letters.Length || !IsVowel(letters[i + 2])))
            {
                // Chowdhury/Choudhury: a closing w is a vowel, not a v.
                sound.Append(c);
                i += 2;
                continue;
            }
            if (c == 'o' && i + 2 == letters.Length && letters[i + 1] == 'u' && letters.Length <= 4)
            {
                // Pinyin ou (Zhou, Hou, Lou) is "oh", unlike the ou of Youssef or Moussa.
                sound.Append("ou");
                i += 2;
                continue;
            }
            if (c == 'e' && i + 2 == letters.Length && letters[i + 1] == 'a')
            {
                // Andrea, Andreea: a final ea is two vowels, not the ee of Sean or Dean.
                sound.Append("ea");
                i += 2;
                continue;
            }
            i += ApplyRule(letters, i, sound);
        }

        var folded = CollapseDoubles(sound.ToString());
        if (folded.Length > 2 && folded[^1] == 'h' && folded[^2] == 'a')
        {
            // Sarah/Sara, Abdullah/Abdulla, Fatimah/Fatima; not Salih or Saleh, where the h is sounded.
            folded = folded[..^1];
        }
        return folded;
    }

    private static int ApplyRule(string letters, int at, StringBuilder sound)
    {
        foreach (var (from, to) in Rules)
        {
            if (string.CompareOrdinal(letters, at, from, 0, from.Length) == 0)
            {
                sound.Append(to);
                return from.Length;
            }
        }
        sound.Append(letters[at]);
        return 1;
    }

    public static string CollapseDoubles(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (collapsed.Length == 0 || collapsed[^1] != c)
            {
                collapsed.Append(c);
            }
        }
        return collapsed.ToString();
    }

    /// <summary>
    /// The consonant outline: Mohammed, Muhammad and Mohamad are all "mhmd". A leading vowel
    /// becomes "a" because Osman/Usman and Oleksandr/Aleksandr differ only there.
    /// </summary>
    public static string Skeleton(string phonetic)
    {
        if (phonetic.Length == 0)
        {
            return phonetic;
        }
        var skeleton = new StringBuilder(phonetic.Length);
        skeleton.Append(IsVowel(phonetic[0]) ? 'a' : phonetic[0]);
        foreach (var c in phonetic.AsSpan(1))
        {
            if (!IsVowel(c))
            {
                skeleton.Append(c);
            }
        }
        return skeleton.ToString();
    }

    /// <summary>Optimal string alignment distance: edits, counting a swap of neighbours as one (Ngyuen/Nguyen).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
