namespace Beacon.Core.Cases;

/// <summary>
/// Who makes the NRM reasonable grounds decision; it sets which timescale the case is held to
/// (see <see cref="Clocks.NrmClocks.ReasonableGroundsDue"/>).
/// </summary>
public enum DecisionMaker
{
    /// <summary>The Home Office Single Competent Authority (SCA).</summary>
    SingleCompetentAuthority,

    /// <summary>The Immigration Enforcement Competent Authority (IECA), for people in immigration detention or removal.</summary>
    ImmigrationEnforcementCompetentAuthority,

    /// <summary>A local multi-agency panel deciding children's cases under devolved decision-making.</summary>
    DevolvedPanel,
}
