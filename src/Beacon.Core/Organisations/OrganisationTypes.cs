namespace Beacon.Core.Organisations;

/// <summary>The words people use for each <see cref="OrganisationType"/>, in the order forms list them.</summary>
public static class OrganisationTypes
{
    public static IReadOnlyList<OrganisationType> All { get; } = Enum.GetValues<OrganisationType>();

    public static string DisplayName(OrganisationType type) => type switch
    {
        OrganisationType.LocalAuthority => "Local authority",
        OrganisationType.Police => "Police",
        OrganisationType.Nhs => "NHS",
        OrganisationType.HomeOffice => "Home Office",
        OrganisationType.Glaa => "GLAA",
        OrganisationType.Fire => "Fire and rescue",
        OrganisationType.Charity => "Charity or voluntary organisation",
        OrganisationType.Other => "Other",
        _ => type.ToString(),
    };
}
