namespace Beacon.Core.Cases.Matching;

/// <summary>
/// Groups of names that stand for one name, each written "Head: Member, Member". A group is
/// known by the phonetic form of its head, which is also its match key, so a table of
/// spelling variants and a table of nicknames that use the same head agree on the key
/// (Oleksandr is a variant of Alexander, Sasha a nickname of it: both get "=aleksander").
/// A listed spelling belongs to the groups it is listed in; any other spelling to the groups
/// of the listed names it sounds like, so spellings the rules already fold (Bobbie, Bobby)
/// need not all be listed. Listing comes first because sound alone would join names that
/// only the rules make alike (Kazim, a spelling of Kadhim, sounds like Qasim).
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, List<Group>> _byLetters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Group>> _byPhonetic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Group>> _byHead = new(StringComparer.Ordinal);

    private sealed record Group(string HeadKey, IReadOnlyList<string> Names);

    public NameTable(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var head = line[..colon].Trim();
            var names = new[] { head }
                .Concat(line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToList();
            var group = new Group(TokenOf(head).Phonetic, names);
            Add(_byHead, group.HeadKey, group);
            foreach (var token in names.Select(TokenOf))
            {
                Add(_byLetters, token.Letters, group);
                Add(_byPhonetic, token.Phonetic, group);
            }
        }
    }

    /// <summary>Whether this exact spelling (as letters) is in the table.</summary>
    public bool Lists(string letters) => _byLetters.ContainsKey(letters);

    /// <summary>The heads (as phonetic forms) of the groups a spelling is listed in.</summary>
    public IEnumerable<string> HeadsListing(string letters) =>
        _byLetters.TryGetValue(letters, out var groups) ? groups.Select(g => g.HeadKey) : [];

    /// <summary>The heads (as phonetic forms) of the groups with a name that sounds like this.</summary>
    public IEnumerable<string> HeadsSoundingLike(string phonetic) =>
        _byPhonetic.TryGetValue(phonetic, out var groups) ? groups.Select(g => g.HeadKey) : [];

    public int GroupCount => _byHead.Values.Sum(groups => groups.Count);

    public IEnumerable<string> AllNames => _byHead.Values.SelectMany(groups => groups).SelectMany(g => g.Names);

    private static NameToken TokenOf(string name) => NameSound.Token(name)
        ?? throw new InvalidOperationException($"The name table entry '{name}' has no letters.");

    private static void Add(Dictionary<string, List<Group>> index, string key, Group group)
    {
        if (!index.TryGetValue(key, out var groups))
        {
            index[key] = groups = [];
        }
        if (!groups.Contains(group))
        {
            groups.Add(group);
        }
    }
}
