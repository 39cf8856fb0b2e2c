using Beacon.Core.Cases;
using Beacon.Core.Statistics;
using Beacon.Core.Text;
using Beacon.Tests.Shared;
using static Beacon.Core.Cases.ExploitationComponents;

namespace Beacon.Core.Tests.Statistics;

public class PublishedCategoriesTests
{
    private static readonly string[] FirstResponderTables =
    [
        "nrm_referrals_local-authority_2022_q4.csv",
        "nrm_referrals_local-authority_2023_q4.csv",
        "nrm_referrals_government_2023_q4.csv",
        "nrm_referrals_ngo_2023_q4.csv",
    ];

    // Written out per group, from the form's headings, rather than shared with the code under test.
    private static readonly ExploitationComponents[] SexualComponents = [ForcedProstitution, ChildSexualExploitation, HeldAndSexuallyAssaulted];
    private static readonly ExploitationComponents[] LabourComponents = [ForcedWorkForLittleOrNoPay, WagesTaken, ForcedFraud];
    private static readonly ExploitationComponents[] DomesticComponents = [DomesticServitude];
    private static readonly ExploitationComponents[] CriminalComponents = [ForcedCriminality];
    private static readonly ExploitationComponents[] OrganHarvestingComponents = [OrgansRemoved];

    public static TheoryData<int> EveryCombination() => [.. Enumerable.Range(0, 1 << 10)];

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void ExploitationType_EveryCombinationOfComponents_NamesItsGroupsInPublishedOrder(int bits)
    {
        var components = (ExploitationComponents)bits;

        PublishedCategories.ExploitationType(components).ShouldBe(ExpectedLabel(components));
    }

    [Fact]
    public void ExploitationType_EveryCombination_GivesAPublishedOrValidLabel()
    {
        var published = PublishedExploitationTypes();
        var produced = Enumerable.Range(0, 1 << 10).Select(b => PublishedCategories.ExploitationType((ExploitationComponents)b)).ToHashSet();

        produced.Count.ShouldBe(32); // every subset of the five groups, the empty one being "Not specified or unknown"
        produced.ShouldAllBe(label => published.Contains(label) || NationalStatisticsParser.IsExploitationType(label));
        published.Where(label => label != "Labour, Domestic, Organ Harvesting").ShouldBeSubsetOf(produced);
    }

    [Theory]
    [InlineData(None, "Not specified or unknown")]
    [InlineData(Other, "Not specified or unknown")]
    [InlineData(Other | ForcedCriminality, "Criminal")]
    [InlineData(ForcedCriminality | ChildSexualExploitation, "Sexual & Criminal")]
    [InlineData(ForcedFraud | WagesTaken | DomesticServitude, "Labour & Domestic")]
    [InlineData(ForcedCriminality | DomesticServitude | ForcedProstitution | WagesTaken, "Sexual, Labour, Domestic & Criminal")]
    [InlineData(OrgansRemoved | DomesticServitude | ForcedWorkForLittleOrNoPay, "Labour, Domestic & Organ Harvesting")]
    public void ExploitationType_Examples_ReadAsTheTablesDo(ExploitationComponents components, string expected)
    {
        PublishedCategories.ExploitationType(components).ShouldBe(expected);
    }

    [Fact]
    public void NormaliseExploitationType_EveryLabelInTheNationalTables_IsOneWeCanProduce()
    {
        var producible = Enumerable.Range(0, 1 << 10).Select(b => PublishedCategories.ExploitationType((ExploitationComponents)b)).ToHashSet();

        foreach (var label in PublishedExploitationTypes())
        {
            producible.ShouldContain(PublishedCategories.NormaliseExploitationType(label), label);
        }
    }

    [Fact]
    public void NormaliseExploitationType_NationalTables_ChangeOnlyTheOneLabelThatBreaksThePattern()
    {
        var changed = PublishedExploitationTypes()
            .Where(label => PublishedCategories.NormaliseExploitationType(label) != label)
            .ToList();

        changed.ShouldBe(["Labour, Domestic, Organ Harvesting"]);
        PublishedCategories.NormaliseExploitationType(changed[0]).ShouldBe("Labour, Domestic & Organ Harvesting");
    }

    [Theory]
    [InlineData("Labour & Sexual", "Sexual & Labour")]
    [InlineData(" Criminal ", "Criminal")]
    [InlineData("Not specified or unknown", "Not specified or unknown")]
    public void NormaliseExploitationType_LooseLabel_IsPutInPublishedForm(string label, string expected)
    {
        PublishedCategories.NormaliseExploitationType(label).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Total")]
    [InlineData("")]
    [InlineData("Sexual & Sexual")]
    [InlineData("Forced labour")]
    [InlineData("Sexual & Not specified or unknown")]
    public void NormaliseExploitationType_NotAnExploitationType_Throws(string label)
    {
        Should.Throw<ArgumentException>(() => PublishedCategories.NormaliseExploitationType(label));
    }

    [Theory]
    [InlineData(AgeAnswer.Under18, "Child (17 or under)")]
    [InlineData(AgeAnswer.Adult, "Adult (18 or over)")]
    [InlineData(AgeAnswer.NotSure, "Not specified or unknown")]
    [InlineData(null, "Not specified or unknown")]
    public void AgeAtExploitation_Answer_GivesThePublishedAge(AgeAnswer? answer, string expected)
    {
        PublishedCategories.AgeAtExploitation(answer).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2008-06-15", "2026-06-14", "Child (17 or under)")] // the day before the 18th birthday
    [InlineData("2008-06-15", "2026-06-15", "Adult (18 or over)")] // the 18th birthday
    [InlineData("2004-02-29", "2022-02-28", "Child (17 or under)")] // leap-day birthday, common year
    [InlineData("2004-02-29", "2022-03-01", "Adult (18 or over)")]
    [InlineData("2010-01-01", "2010-01-01", "Child (17 or under)")]
    [InlineData("2010-01-02", "2010-01-01", "Not specified or unknown")] // exploited before born: a wrong date
    [InlineData(null, "2020-01-01", "Not specified or unknown")]
    [InlineData("2000-01-01", null, "Not specified or unknown")]
    [InlineData(null, null, "Not specified or unknown")]
    public void AgeAtExploitation_DateOfBirthAndStart_GivesThePublishedAge(string? born, string? began, string expected)
    {
        PublishedCategories.AgeAtExploitation(Date(born), Date(began)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Child (17 or under)", "Child (17 or under)")]
    [InlineData("Adult (18 or over)", "Adult (18 or over)")]
    [InlineData("Not specified or unknown", "Not specified or unknown")]
    [InlineData("Age not specified or unknown", "Not specified or unknown")]
    public void NormaliseAgeAtExploitation_EitherTablesWording_GivesOurLabel(string label, string expected)
    {
        PublishedCategories.NormaliseAgeAtExploitation(label).ShouldBe(expected);
    }

    [Fact]
    public void NormaliseAgeAtExploitation_Total_Throws()
    {
        Should.Throw<ArgumentException>(() => PublishedCategories.NormaliseAgeAtExploitation("Total"));
    }

    [Fact]
    public void AgeAtExploitation_EveryLabelInTheNationalTables_NormalisesToOneWeProduce()
    {
        var producible = Enum.GetValues<AgeAnswer>().Select(a => (AgeAnswer?)a).Append(null)
            .Select(PublishedCategories.AgeAtExploitation).ToHashSet();
        var published = FirstResponderTables.SelectMany(t => Column(t, "Age at exploitation"))
            .Concat(Column("nrm_referrals_longitudinal.csv", "Age at exploitation"))
            .Where(label => label != "Total")
            .ToHashSet();

        published.ShouldContain(PublishedCategories.AgeNotSpecified);
        published.Select(PublishedCategories.NormaliseAgeAtExploitation).ToHashSet().ShouldBe(producible, ignoreOrder: true);
    }

    [Theory]
    [InlineData(Gender.Female, "Female")]
    [InlineData(Gender.Male, "Male")]
    [InlineData(Gender.DoesNotIdentifyAsEither, "Other")]
    [InlineData(Gender.NotKnown, "Not specified or unknown")]
    [InlineData(null, "Not specified or unknown")]
    public void Gender_Answer_GivesThePublishedGender(Gender? gender, string expected)
    {
        PublishedCategories.Gender(gender).ShouldBe(expected);
    }

    [Fact]
    public void Gender_EveryKnownAnswer_IsAColumnOfTheNationalTables()
    {
        var published = FirstResponderTables.SelectMany(t => Column(t, "Gender")).ToHashSet();

        Enum.GetValues<Gender>().Where(g => g != Gender.NotKnown)
            .ShouldAllBe(g => published.Contains(PublishedCategories.Gender(g)));
    }

    [Theory]
    [InlineData(ExploitedIn.Uk, "UK")]
    [InlineData(ExploitedIn.Overseas, "Overseas")]
    [InlineData(ExploitedIn.UkAndOverseas, "UK and Overseas")]
    [InlineData(ExploitedIn.NotKnown, "Not specified or unknown")]
    [InlineData(null, "Not specified or unknown")]
    public void Location_Answer_GivesThePublishedLocation(ExploitedIn? exploitedIn, string expected)
    {
        PublishedCategories.Location(exploitedIn).ShouldBe(expected);
    }

    [Fact]
    public void Location_EveryAnswer_IsALocationInTheLongitudinalTable()
    {
        var published = Column("nrm_referrals_longitudinal.csv", "Location of exploitation").Where(l => l != "Total").ToHashSet();

        Enum.GetValues<ExploitedIn>().Select(e => PublishedCategories.Location(e)).ToHashSet().ShouldBe(published, ignoreOrder: true);
    }

    [Fact]
    public void Categories_UndefinedEnumValue_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PublishedCategories.AgeAtExploitation((AgeAnswer)99));
        Should.Throw<ArgumentOutOfRangeException>(() => PublishedCategories.Gender((Gender)99));
        Should.Throw<ArgumentOutOfRangeException>(() => PublishedCategories.Location((ExploitedIn)99));
    }

    private static string ExpectedLabel(ExploitationComponents components)
    {
        var groups = new List<string>();
        void AddIfAny(string name, ExploitationComponents[] members)
        {
            if (members.Any(m => components.HasFlag(m)))
            {
                groups.Add(name);
            }
        }

        // The order the statistics publish in.
        AddIfAny("Sexual", SexualComponents);
        AddIfAny("Labour", LabourComponents);
        AddIfAny("Domestic", DomesticComponents);
        AddIfAny("Criminal", CriminalComponents);
        AddIfAny("Organ Harvesting", OrganHarvestingComponents);

        if (groups.Count == 0)
        {
            return "Not specified or unknown";
        }

        var label = groups[0];
        for (var i = 1; i < groups.Count; i++)
        {
            label += (i == groups.Count - 1 ? " & " : ", ") + groups[i];
        }

        return label;
    }

    private static HashSet<string> PublishedExploitationTypes() =>
        FirstResponderTables.SelectMany(t => Column(t, "Exploitation type")).Where(label => label != "Total").ToHashSet();

    private static List<string> Column(string fileName, string column)
    {
        using var reader = new StreamReader(TestFixtures.NrmStatistics(fileName));
        var rows = CsvReader.Read(reader).ToList();
        var index = rows[0].Fields.ToList().IndexOf(column);
        index.ShouldBeGreaterThanOrEqualTo(0, $"{fileName} has no column '{column}'");
        return rows.Skip(1).Select(r => r.Fields[index]).Distinct().ToList();
    }

    private static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
