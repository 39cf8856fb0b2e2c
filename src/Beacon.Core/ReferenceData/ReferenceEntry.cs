namespace Beacon.Core.ReferenceData;

/// <summary>
/// One entry of a national reference list (as the Home Office's NRM form lists them). Each list is
/// its own table so that later records can hold a real foreign key to, say, a nationality.
/// </summary>
public abstract class ReferenceEntry
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Position in the source list, which is the order the national form shows.</summary>
    public int SortOrder { get; set; }

    /// <summary>Administrators retire entries instead of deleting them, so old records keep their meaning.</summary>
    public bool IsActive { get; set; } = true;
}

public sealed class FirstResponderOrganisation : ReferenceEntry;

public sealed class LocalAuthority : ReferenceEntry;

public sealed class PoliceForce : ReferenceEntry;

public sealed class Nationality : ReferenceEntry;

public sealed class Country : ReferenceEntry;

public sealed class Region : ReferenceEntry;
