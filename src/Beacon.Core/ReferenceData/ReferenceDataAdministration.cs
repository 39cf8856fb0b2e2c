using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.ReferenceData;

/// <summary>One of the national lists, by the name used in addresses.</summary>
public sealed record AdministeredList(string Key, string Title, string Description, Func<AppDbContext, IQueryable<ReferenceEntry>> Entries);

/// <summary>
/// The national reference lists, as an administrator keeps them: entries are retired or restored,
/// never deleted or renamed, so old records keep their meaning. Every change is audited.
/// </summary>
public sealed class ReferenceDataAdministration(AppDbContext db, AuditTrail audit)
{
    public const string EntityType = "ReferenceData";

    public static IReadOnlyList<AdministeredList> Lists { get; } =
    [
        new("first-responder-organisations", "First responder organisations", "Organisations that may refer into the NRM, as the Home Office form lists them", d => d.FirstResponderOrganisations),
        new("local-authorities", "Local authorities", "UK councils", d => d.LocalAuthorities),
        new("police-forces", "Police forces", "UK police forces", d => d.PoliceForces),
        new("nationalities", "Nationalities", "As the national statistics name them", d => d.Nationalities),
        new("countries", "Countries", "Where exploitation took place overseas", d => d.Countries),
        new("regions", "UK regions and counties", "Where a person is staying", d => d.Regions),
    ];

    public static AdministeredList? Find(string? key) => Lists.FirstOrDefault(l => l.Key == key);

    /// <returns>The entry's name, or null when the list or entry does not exist.</returns>
    public async Task<string?> SetActiveAsync(AdministeredList list, Guid entryId, bool active, CancellationToken cancellationToken = default)
    {
        var entry = await list.Entries(db).SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        if (entry.IsActive != active)
        {
            entry.IsActive = active;
            audit.Record(EntityType, entry.Id, $"{(active ? "Restored" : "Retired")} in {list.Title.ToLowerInvariant()}: {entry.Name}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return entry.Name;
    }
}
