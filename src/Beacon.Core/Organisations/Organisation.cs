using Beacon.Core.Areas;
using Beacon.Core.ReferenceData;

namespace Beacon.Core.Organisations;

/// <summary>The kinds of organisation in a modern slavery partnership.</summary>
public enum OrganisationType
{
    LocalAuthority,
    Police,
    Nhs,
    HomeOffice,
    Glaa,
    Fire,
    Charity,
    Other,
}

/// <summary>
/// A member of the partnership: the council, a police force, an NHS trust, a charity. Every user
/// belongs to one; what a user may see of a case depends on it.
/// </summary>
public sealed class Organisation
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public OrganisationType Type { get; set; }

    /// <summary>The matching entry of the national first responder list, where there is one.</summary>
    public Guid? FirstResponderOrganisationId { get; set; }

    public FirstResponderOrganisation? FirstResponderOrganisation { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public Guid Version { get; set; }

    public List<OrganisationArea> Areas { get; set; } = [];

    public List<Team> Teams { get; set; } = [];
}

/// <summary>An area an organisation works in.</summary>
public sealed class OrganisationArea
{
    public Guid OrganisationId { get; set; }

    public Guid AreaId { get; set; }

    public Area? Area { get; set; }
}

/// <summary>A team inside an organisation (MASH, adult triage, community safety, procurement…). Cases have one owning team.</summary>
public sealed class Team
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Name { get; set; }

    /// <summary>What the team does in the case journey: where new concerns land, who is copied.</summary>
    public TeamFunction Function { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public Guid Version { get; set; }
}

public enum TeamFunction
{
    Other,

    /// <summary>The multi-agency safeguarding hub: concerns about children and people who may be under 18.</summary>
    ChildrenMash,

    /// <summary>Adult contact centre and triage: concerns about adults.</summary>
    AdultTriage,

    /// <summary>Community safety: copied into every concern and referral in the area.</summary>
    CommunitySafety,
}
