using Beacon.Core.ReferenceData;

namespace Beacon.Core.Areas;

/// <summary>
/// A local authority area the partnership works in. Every case belongs to one area; organisations
/// and teams work in one or more of them.
/// </summary>
public sealed class Area
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The council as the national NRM form lists it; empty for a synthetic (demo) area.</summary>
    public Guid? LocalAuthorityId { get; set; }

    public LocalAuthority? LocalAuthority { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Optimistic concurrency token, set in code so it works the same on SQLite and PostgreSQL.</summary>
    public Guid Version { get; set; }
}
