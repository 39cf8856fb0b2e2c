using Beacon.Core.Cases;
using FormGender = Beacon.Core.Cases.Gender;

namespace Beacon.Core.Statistics;

/// <summary>
/// Puts a case into the categories the Home Office NRM statistics publish ("Exploitation type",
/// "Age at exploitation", "Gender", "Location of exploitation"), so a partnership's own counts can
/// be set beside the national tables label for label. The labels are derived from what the form
/// records, never typed, so the two cannot drift apart.
/// </summary>
public static class PublishedCategories
{
    /// <summary>The published "don't know" in every column of the quarterly tables.</summary>
    public const string NotSpecified = "Not specified or unknown";

    public const string Child = "Child (17 or under)";

    public const string Adult = "Adult (18 or over)";

    /// <summary>
    /// The longitudinal, reasonable grounds and conclusive grounds tables' name for
    /// <see cref="NotSpecified"/> in the age column (the importer stores this one).
    /// </summary>
    public const string AgeNotSpecified = "Age not specified or unknown";

    public const string Sexual = "Sexual";
    public const string Labour = "Labour";
    public const string Domestic = "Domestic";
    public const string Criminal = "Criminal";
    public const string OrganHarvesting = "Organ Harvesting";

    /// <summary>The exploitation type groups in the order the statistics join them.</summary>
    public static readonly IReadOnlyList<string> ExploitationGroups = [Sexual, Labour, Domestic, Criminal, OrganHarvesting];

    // The form's components (section G) under the heading each is published in, in published order.
    private static readonly (string Group, ExploitationComponents Components)[] Groups =
    [
        (Sexual, ExploitationComponents.ForcedProstitution | ExploitationComponents.ChildSexualExploitation | ExploitationComponents.HeldAndSexuallyAssaulted),
        (Labour, ExploitationComponents.ForcedWorkForLittleOrNoPay | ExploitationComponents.WagesTaken | ExploitationComponents.ForcedFraud),
        (Domestic, ExploitationComponents.DomesticServitude),
        (Criminal, ExploitationComponents.ForcedCriminality),
        (OrganHarvesting, ExploitationComponents.OrgansRemoved),
    ];

    /// <summary>
    /// The published exploitation type: the groups the components fall in, joined "A", "A &amp; B",
    /// "A, B &amp; C". <see cref="ExploitationComponents.Other"/> has no published group, so it is
    /// counted only when nothing else was recorded, as <see cref="NotSpecified"/>.
    /// </summary>
    public static string ExploitationType(ExploitationComponents components) =>
        Join([.. Groups.Where(g => (components & g.Components) != 0).Select(g => g.Group)]);

    /// <summary>
    /// The label <see cref="ExploitationType"/> gives for the same groups as a published label. The
    /// tables almost always follow the "A, B &amp; C" pattern, but the 2023 Q4 government agency table
    /// has "Labour, Domestic, Organ Harvesting" (commas throughout); this reads either separator and
    /// any order, so that label becomes "Labour, Domestic &amp; Organ Harvesting".
    /// </summary>
    /// <exception cref="ArgumentException">The label is not an exploitation type (for example "Total").</exception>
    public static string NormaliseExploitationType(string publishedLabel)
    {
        ArgumentNullException.ThrowIfNull(publishedLabel);
        var label = publishedLabel.Trim();
        if (label == NotSpecified)
        {
            return NotSpecified;
        }

        var groups = new List<string>();
        foreach (var part in label.Split([", ", " & "], StringSplitOptions.TrimEntries))
        {
            var group = ExploitationGroups.FirstOrDefault(g => g == part);
            if (group is null || groups.Contains(group))
            {
                throw new ArgumentException($"'{publishedLabel}' is not a published exploitation type.", nameof(publishedLabel));
            }

            groups.Add(group);
        }

        return Join([.. ExploitationGroups.Where(groups.Contains)]);
    }

    /// <summary>From the concern's "Under 18?" answer; not sure is published as not specified.</summary>
    public static string AgeAtExploitation(AgeAnswer? underEighteenAtExploitation) => underEighteenAtExploitation switch
    {
        AgeAnswer.Under18 => Child,
        AgeAnswer.Adult => Adult,
        AgeAnswer.NotSure or null => NotSpecified,
        _ => throw new ArgumentOutOfRangeException(nameof(underEighteenAtExploitation), underEighteenAtExploitation, "Not an age answer."),
    };

    /// <summary>
    /// From the date of birth and the date exploitation began, when both are known; otherwise, or if
    /// the dates are impossible (exploitation before birth), <see cref="NotSpecified"/>. Someone born
    /// on 29 February is taken to turn 18 on 1 March in a common year: the later day, so the doubt
    /// falls on the side of treating them as a child.
    /// </summary>
    public static string AgeAtExploitation(DateOnly? dateOfBirth, DateOnly? exploitationBegan)
    {
        if (dateOfBirth is not { } born || exploitationBegan is not { } began || began < born)
        {
            return NotSpecified;
        }

        var eighteenth = born.AddYears(18);
        if (born is { Month: 2, Day: 29 } && eighteenth.Day == 28)
        {
            eighteenth = eighteenth.AddDays(1);
        }

        return began < eighteenth ? Child : Adult;
    }

    /// <summary>
    /// The age label in the quarterly tables' words: <see cref="AgeNotSpecified"/> (longitudinal and
    /// decision tables, and what the importer stores) becomes <see cref="NotSpecified"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The label is not a published age at exploitation.</exception>
    public static string NormaliseAgeAtExploitation(string publishedLabel)
    {
        ArgumentNullException.ThrowIfNull(publishedLabel);
        return publishedLabel.Trim() switch
        {
            Child => Child,
            Adult => Adult,
            NotSpecified or AgeNotSpecified => NotSpecified,
            _ => throw new ArgumentException($"'{publishedLabel}' is not a published age at exploitation.", nameof(publishedLabel)),
        };
    }

    /// <summary>
    /// "Does not identify as either" is published as Other. The national tables have no
    /// not-specified gender column, so those cases have no national counterpart.
    /// </summary>
    public static string Gender(FormGender? gender) => gender switch
    {
        FormGender.Female => "Female",
        FormGender.Male => "Male",
        FormGender.DoesNotIdentifyAsEither => "Other",
        FormGender.NotKnown or null => NotSpecified,
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, "Not a gender."),
    };

    public static string Location(ExploitedIn? exploitedIn) => exploitedIn switch
    {
        ExploitedIn.Uk => "UK",
        ExploitedIn.Overseas => "Overseas",
        ExploitedIn.UkAndOverseas => "UK and Overseas",
        ExploitedIn.NotKnown or null => NotSpecified,
        _ => throw new ArgumentOutOfRangeException(nameof(exploitedIn), exploitedIn, "Not a location."),
    };

    /// <summary>
    /// The first responder type the national tables count an organisation under. The Home Office
    /// publishes local authorities, police, government agencies (the Home Office, the GLAA and other
    /// public bodies) and NGOs and the third sector.
    /// </summary>
    public static string FirstResponderType(Organisations.OrganisationType type) => type switch
    {
        Organisations.OrganisationType.LocalAuthority => "Local Authority",
        Organisations.OrganisationType.Police => "Police",
        Organisations.OrganisationType.Charity => "NGO and third sector",
        Organisations.OrganisationType.HomeOffice or Organisations.OrganisationType.Glaa => "Government agency",
        _ => "Other public body",
    };

    private static string Join(IReadOnlyList<string> groups) => groups.Count switch
    {
        0 => NotSpecified,
        1 => groups[0],
        _ => $"{string.Join(", ", groups.Take(groups.Count - 1))} & {groups[^1]}",
    };
}
