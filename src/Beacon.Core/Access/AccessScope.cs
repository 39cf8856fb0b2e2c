using Beacon.Core.Accounts;
using Beacon.Core.Organisations;

namespace Beacon.Core.Access;

/// <summary>
/// Who is asking, as the database query filters see it. A fresh <see cref="Data.AppDbContext"/>
/// has <see cref="Nobody"/>: it sees no case until the request's user, or a named system task, is
/// set. Deny by default.
/// </summary>
public sealed class AccessScope
{
    private AccessScope(Guid userId, Guid organisationId, OrganisationType organisationType, Guid? teamId, List<Guid> areaIds, IReadOnlyCollection<Role> roles, bool isSystem)
    {
        UserId = userId;
        OrganisationId = organisationId;
        OrganisationType = organisationType;
        TeamId = teamId;
        AreaIds = areaIds;
        Roles = roles;
        Capabilities = Accounts.Roles.CapabilitiesOf(roles);
        IsSystem = isSystem;
    }

    /// <summary>Sees nothing: the default.</summary>
    public static AccessScope Nobody { get; } = new(Guid.Empty, Guid.Empty, OrganisationType.Other, null, [], [], false);

    public Guid UserId { get; }

    public Guid OrganisationId { get; }

    public OrganisationType OrganisationType { get; }

    public Guid? TeamId { get; }

    /// <summary>The areas of the user's organisation (a list, so that EF can send it as a parameter).</summary>
    public List<Guid> AreaIds { get; }

    public IReadOnlyCollection<Role> Roles { get; }

    public IReadOnlySet<Capability> Capabilities { get; }

    /// <summary>A background task or the demo, never a person: sees everything, named for the logs.</summary>
    public bool IsSystem { get; }

    public bool IsUser => UserId != Guid.Empty;

    // Plain flags for the query filter, which EF turns into SQL parameters.
    public bool SeesOwnConcerns => IsUser && Has(Capability.ConcernsRaise);

    public bool WorksTeamCases => IsUser && Has(Capability.CasesWorkTeam) && TeamId is not null;

    public bool SeesAreaCases => IsUser && Has(Capability.CasesViewArea);

    public bool SeesSharedCases => IsUser && Has(Capability.CasesViewShared);

    public static AccessScope ForUser(Guid userId, Guid organisationId, OrganisationType organisationType, Guid? teamId, IEnumerable<Guid> areaIds, IEnumerable<Role> roles) =>
        new(userId, organisationId, organisationType, teamId, [.. areaIds], [.. roles.Distinct().Order()], false);

    /// <summary>For work no person asked for (jobs, the demo, imports). Never for a request.</summary>
    public static AccessScope ForSystem() => new(Guid.Empty, Guid.Empty, OrganisationType.Other, null, [], [], true);

    public bool Has(Capability capability) => IsSystem || Capabilities.Contains(capability);

    public string RolesText => string.Join(",", Roles);
}
