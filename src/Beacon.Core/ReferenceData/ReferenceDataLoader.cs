using System.Reflection;
using Beacon.Core.Data;
using Beacon.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.ReferenceData;

/// <summary>
/// Loads the reference lists the project keeps (embedded CSV files) into their tables. Adds only
/// entries that are missing, so a newer list reaches an existing database without touching what an
/// administrator changed.
/// </summary>
public sealed class ReferenceDataLoader(AppDbContext db)
{
    public static readonly IReadOnlyList<ReferenceList> Lists =
    [
        new("first-responder-organisations.csv", typeof(FirstResponderOrganisation)),
        new("uk-local-authorities.csv", typeof(LocalAuthority)),
        new("uk-police-forces.csv", typeof(PoliceForce)),
        new("nationalities.csv", typeof(Nationality)),
        new("countries.csv", typeof(Country)),
        new("uk-regions.csv", typeof(Region)),
    ];

    /// <returns>The number of entries added.</returns>
    public async Task<int> LoadAsync(CancellationToken cancellationToken = default)
    {
        var added = 0;
        added += await LoadListAsync(db.FirstResponderOrganisations, cancellationToken);
        added += await LoadListAsync(db.LocalAuthorities, cancellationToken);
        added += await LoadListAsync(db.PoliceForces, cancellationToken);
        added += await LoadListAsync(db.Nationalities, cancellationToken);
        added += await LoadListAsync(db.Countries, cancellationToken);
        added += await LoadListAsync(db.Regions, cancellationToken);
        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    public static IReadOnlyList<string> ReadNames(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Beacon.Core.ReferenceData.{fileName}")
            ?? throw new InvalidOperationException($"The reference list {fileName} is not embedded in Beacon.Core.");
        using var reader = new StreamReader(stream);
        var rows = CsvReader.Read(reader).ToList();
        if (rows.Count == 0 || rows[0].Fields.Count != 1 || rows[0].Fields[0] != "name")
        {
            throw new InvalidOperationException($"The reference list {fileName} must start with the header 'name'.");
        }

        return rows.Skip(1).Select(r => r.Fields[0].Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static async Task<int> LoadListAsync<T>(DbSet<T> set, CancellationToken cancellationToken)
        where T : ReferenceEntry, new()
    {
        var list = Lists.Single(l => l.EntityType == typeof(T));
        var existing = (await set.Select(e => e.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        var names = ReadNames(list.FileName);
        for (var i = 0; i < names.Count; i++)
        {
            if (existing.Contains(names[i]))
            {
                continue;
            }

            set.Add(new T { Id = DeterministicGuid.Create(typeof(T).Name, names[i]), Name = names[i], SortOrder = i + 1 });
            added++;
        }

        return added;
    }
}

public sealed record ReferenceList(string FileName, Type EntityType);
