namespace Beacon.Core.Accounts;

/// <summary>What a user does in the partnership. A user may hold several roles.</summary>
public enum Role
{
    Staff,
    FirstResponder,
    CommunitySafetyCoordinator,
    Partner,
    Procurement,
    TrainingLead,
    StrategyLead,
    ProviderInspector,
    Auditor,
    Administrator,

    /// <summary>A member of the community safety partnership board or the victims sub-group: reads the area's picture and its packs, never a case.</summary>
    BoardMember,
}

/// <summary>
/// Named capabilities: pages and services ask for these, never for a role, so that what a role
/// may do is decided in one table (<see cref="Roles"/>).
/// </summary>
public enum Capability
{
    /// <summary>
    /// Raise a concern and follow the ones you raised: every role that works with people. Auditors
    /// and administrators are oversight roles kept away from case content; a person who does both
    /// holds a second role.
    /// </summary>
    ConcernsRaise,

    /// <summary>Work the child or adult route on your team's cases.</summary>
    CasesWorkTeam,

    /// <summary>See every case in your organisation's areas.</summary>
    CasesViewArea,

    /// <summary>See the sections of a case shared with your organisation.</summary>
    CasesViewShared,

    /// <summary>The area's picture: dashboards, board packs, local and national figures (aggregates only).</summary>
    AreaPictureView,

    /// <summary>Import the national statistics, write and snapshot the quarterly pack and the board report.</summary>
    AreaPictureManage,

    SuppliersManage,
    TrainingManage,
    StrategyManage,
    InspectionsManage,

    /// <summary>Access logs and audit events; not case content.</summary>
    AuditView,

    /// <summary>Organisations, teams, areas and users.</summary>
    UsersManage,

    ReferenceDataManage,
}

public static class Roles
{
    private static readonly Dictionary<Role, Capability[]> CapabilitiesByRole = new()
    {
        [Role.Staff] = [Capability.ConcernsRaise],
        [Role.FirstResponder] = [Capability.ConcernsRaise, Capability.CasesWorkTeam],
        [Role.CommunitySafetyCoordinator] = [Capability.ConcernsRaise, Capability.CasesViewArea, Capability.AreaPictureView, Capability.AreaPictureManage],
        [Role.Partner] = [Capability.ConcernsRaise, Capability.CasesViewShared],
        [Role.Procurement] = [Capability.ConcernsRaise, Capability.SuppliersManage],
        [Role.TrainingLead] = [Capability.ConcernsRaise, Capability.TrainingManage],
        [Role.StrategyLead] = [Capability.ConcernsRaise, Capability.StrategyManage],
        [Role.ProviderInspector] = [Capability.ConcernsRaise, Capability.InspectionsManage],
        [Role.Auditor] = [Capability.AuditView],
        [Role.Administrator] = [Capability.UsersManage, Capability.ReferenceDataManage],
        [Role.BoardMember] = [Capability.AreaPictureView],
    };

    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    public static IReadOnlyList<Capability> CapabilitiesOf(Role role) => CapabilitiesByRole[role];

    public static IReadOnlySet<Capability> CapabilitiesOf(IEnumerable<Role> roles) =>
        roles.SelectMany(r => CapabilitiesByRole[r]).ToHashSet();

    public static string DisplayName(Role role) => role switch
    {
        Role.Staff => "Staff",
        Role.FirstResponder => "First responder",
        Role.CommunitySafetyCoordinator => "Community safety coordinator",
        Role.Partner => "Partner",
        Role.Procurement => "Procurement",
        Role.TrainingLead => "Training lead",
        Role.StrategyLead => "Strategy lead",
        Role.ProviderInspector => "Provider inspector",
        Role.Auditor => "Auditor",
        Role.Administrator => "Administrator",
        Role.BoardMember => "Board member",
        _ => role.ToString(),
    };

    public static string Description(Role role) => role switch
    {
        Role.Staff => "Raises concerns and follows the ones they raised",
        Role.FirstResponder => "Works the child or adult route on their team's cases",
        Role.CommunitySafetyCoordinator => "Sees every referral in their areas and the area's picture",
        Role.Partner => "Sees what is shared with their organisation",
        Role.Procurement => "Supplier register and supply chain risk",
        Role.TrainingLead => "Training sessions and completion",
        Role.StrategyLead => "The strategy action plan",
        Role.ProviderInspector => "Inspections of support providers",
        Role.Auditor => "Access logs and audit events, not case content",
        Role.Administrator => "Organisations, teams, users and reference data, not case content",
        Role.BoardMember => "Reads the area's picture and the board packs, never a case",
        _ => role.ToString(),
    };
}
