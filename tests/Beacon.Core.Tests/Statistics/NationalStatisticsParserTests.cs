using System.Globalization;
using Beacon.Core.Statistics;
using Beacon.Tests.Shared;

namespace Beacon.Core.Tests.Statistics;

public class NationalStatisticsParserTests
{
    private const string LongitudinalHeader = "Year,Quarter,Age at exploitation,Location of exploitation,NRM referrals";
    private const string ResponderHeader = "First responder type,First responder,Exploitation type,Age at exploitation,Gender,Nationality,People";

    [Theory]
    [InlineData("nrm_referrals_longitudinal.csv", StatisticsTableKind.ReferralsLongitudinal, "")]
    [InlineData("nrm_reasonable_grounds.csv", StatisticsTableKind.ReasonableGrounds, "")]
    [InlineData("nrm_conclusive_grounds.csv", StatisticsTableKind.ConclusiveGrounds, "")]
    [InlineData("nrm_duty_to_notify_longitudinal.csv", StatisticsTableKind.DutyToNotifyLongitudinal, "")]
    [InlineData("nrm_duty_to_notify_2023_q4.csv", StatisticsTableKind.DutyToNotifyByNationality, "2023 Q4")]
    [InlineData("nrm_referrals_local-authority_2022_q4.csv", StatisticsTableKind.ReferralsByFirstResponder, "2022 Q4 Local Authority")]
    [InlineData("nrm_referrals_local-authority_2023_q4.csv", StatisticsTableKind.ReferralsByFirstResponder, "2023 Q4 Local Authority")]
    [InlineData("nrm_referrals_government_2023_q4.csv", StatisticsTableKind.ReferralsByFirstResponder, "2023 Q4 Government agency")]
    [InlineData("nrm_referrals_ngo_2023_q4.csv", StatisticsTableKind.ReferralsByFirstResponder, "2023 Q4 NGO and third sector")]
    public void Parse_PublishedFile_DetectsTheTableAndKeepsNoTotals(string fileName, StatisticsTableKind kind, string scope)
    {
        var parsed = ParseFixture(fileName);

        parsed.Errors.ShouldBeEmpty();
        parsed.TableKind.ShouldBe(kind);
        parsed.Scope.ShouldBe(scope);
        parsed.Figures.ShouldNotBeEmpty();
        parsed.Figures.ShouldAllBe(f => f.Quarter != null && f.AgeAtExploitation != "Total" && f.LocationOfExploitation != "Total"
            && f.Gender != "Total" && f.Nationality != "Total" && f.ExploitationType != "Total" && f.Decision != "Total");
    }

    [Fact]
    public void Parse_Longitudinal_Year2021SumsToThisEditionsFigure()
    {
        var parsed = ParseFixture("nrm_referrals_longitudinal.csv");

        parsed.Figures.Where(f => f.Year == 2021).Sum(f => f.Value).ShouldBe(12_700);
        parsed.Figures.ShouldAllBe(f => f.LocationOfExploitation != null && f.Decision == null);
    }

    [Theory]
    [InlineData("nrm_reasonable_grounds.csv", 2023)]
    [InlineData("nrm_conclusive_grounds.csv", 2023)]
    [InlineData("nrm_conclusive_grounds.csv", 2016)]
    public void Parse_DecisionTable_YearSumsToItsTotalRow(string fileName, int year)
    {
        var parsed = ParseFixture(fileName);

        parsed.Figures.Where(f => f.Year == year).Sum(f => f.Value).ShouldBe(TotalRowOf(fileName, year));
        parsed.Figures.Select(f => f.Decision).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Parse_LocalAuthorityQ4_2023_LeavesSumToTheResponderTypeTotal()
    {
        var parsed = ParseFixture("nrm_referrals_local-authority_2023_q4.csv");

        parsed.Figures.Sum(f => f.Value).ShouldBe(1_017);
        parsed.Figures.ShouldAllBe(f => f.Year == 2023 && f.Quarter == 4 && f.FirstResponder == "Local Authority");
        parsed.Figures.ShouldContain(f => f.AgeAtExploitation == "Age not specified or unknown");
    }

    [Fact]
    public void Parse_DutyToNotifyByNationality_KeepsEveryNationalityButTheTotal()
    {
        var parsed = ParseFixture("nrm_duty_to_notify_2023_q4.csv");

        parsed.Figures.Count.ShouldBe(98);
        parsed.Figures.Sum(f => f.Value).ShouldBe(1_044);
    }

    [Fact]
    public void Parse_QuarterTotalWithoutQuarters_KeepsTheYearAsAnAnnualFigure()
    {
        var parsed = Parse("Year,Quarter,Total\n2015,Total,65\n2016,Total,762\n2016,Q1,700\n2016,Q2,62\n");

        parsed.Errors.ShouldBeEmpty();
        parsed.Figures.Select(f => (f.Year, f.Quarter, f.Value)).ShouldBe([(2015, null, 65), (2016, 1, 700), (2016, 2, 62)]);
    }

    [Fact]
    public void Parse_UnknownHeader_NamesTheWrongColumn()
    {
        var parsed = Parse("Year,Quarter,Age,Location of exploitation,NRM referrals\n2023,Q1,Adult (18 or over),UK,1\n");

        parsed.Succeeded.ShouldBeFalse();
        parsed.Figures.ShouldBeEmpty();
        Messages(parsed).ShouldContain("Row 1, column 'Age at exploitation': the header is 'Age'; expected 'Age at exploitation'");
    }

    [Fact]
    public void Parse_ToldAKindTheHeaderIsNot_ReportsTheMissingColumn()
    {
        var parsed = Parse("Year,Quarter\n2023,Q1\n", StatisticsTableKind.DutyToNotifyLongitudinal);

        Messages(parsed).ShouldBe(["Row 1, column 'Total': the column is missing"]);
    }

    [Fact]
    public void Parse_NotANumber_NamesRowAndColumn()
    {
        var parsed = Parse($"{LongitudinalHeader}\n2023,Q1,Adult (18 or over),UK,4\n2023,Q1,Adult (18 or over),Overseas,x\n");

        Messages(parsed).ShouldBe(["Row 3, column 'NRM referrals': 'x' is not a whole number"]);
        parsed.Figures.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_Negative_NamesRowAndColumn()
    {
        var parsed = Parse("Year,Quarter,Total\n2023,Q1,-3\n");

        Messages(parsed).ShouldBe(["Row 2, column 'Total': '-3' is negative: a count cannot be below zero"]);
    }

    [Fact]
    public void Parse_BadQuarterAndYear_NamesBoth()
    {
        var parsed = Parse("Year,Quarter,Total\n2023,Q5,3\n1999,Q1,3\n");

        Messages(parsed).ShouldBe([
            "Row 2, column 'Quarter': 'Q5' is not a quarter: use Q1, Q2, Q3, Q4 or Total",
            "Row 3, column 'Year': '1999' is not a year of the NRM (2009 onwards)",
        ]);
    }

    [Fact]
    public void Parse_UnknownCategory_ListsThePublishedValues()
    {
        var parsed = Parse($"{LongitudinalHeader}\n2023,Q1,Adults,UK,4\n");

        Messages(parsed).ShouldBe(["Row 2, column 'Age at exploitation': 'Adults' is not one of the published values (Adult (18 or over), Child (17 or under), Age not specified or unknown)"]);
    }

    [Fact]
    public void Parse_LocationTotalNotAddingUp_NamesTheTotalRow()
    {
        var parsed = Parse($"{LongitudinalHeader}\n2023,Q1,Adult (18 or over),UK,4\n2023,Q1,Adult (18 or over),Overseas,2\n2023,Q1,Adult (18 or over),Total,7\n");

        Messages(parsed).ShouldBe(["Row 4, column 'NRM referrals': the total 7 does not equal the sum of the figures it totals, 6"]);
        parsed.Figures.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_DecisionAgeTotalNotAddingUp_NamesTheTotalColumn()
    {
        var lines = File.ReadAllLines(TestFixtures.NrmStatistics("nrm_reasonable_grounds.csv"));
        var fields = lines[2].Split(',');
        fields[4] = (int.Parse(fields[4], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        lines[2] = string.Join(',', fields);

        var parsed = Parse(string.Join('\n', lines));

        Messages(parsed).ShouldHaveSingleItem().ShouldStartWith("Row 3, column 'Adult (18 or over) - Total': the total ");
        parsed.Figures.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_ResponderSubtotalNotAddingUp_NamesTheSubtotalRow()
    {
        var csv = $"""
            {ResponderHeader}
            Local Authority,Local Authority,Labour,Adult (18 or over),Male,Albanian,2
            Local Authority,Local Authority,Labour,Adult (18 or over),Female,Albanian,1
            Local Authority,Local Authority,Labour,Adult (18 or over),Total,Albanian,3
            Local Authority,Local Authority total,Total,Total,Total,Albanian,4
            """;

        var parsed = Parse(csv, fileName: "nrm_referrals_local-authority_2023_q4.csv");

        Messages(parsed).ShouldBe(["Row 5, column 'People': the total 4 does not equal the sum of the figures it totals, 3"]);
    }

    [Fact]
    public void Parse_RaggedRow_NamesTheRow()
    {
        var parsed = Parse("Year,Quarter,Total\n2023,Q1,3\n2023,Q2\n");

        Messages(parsed).ShouldBe(["Row 3: has 2 fields but the header has 3"]);
    }

    [Fact]
    public void Parse_RepeatedRow_NamesBothRows()
    {
        var parsed = Parse("Year,Quarter,Total\n2023,Q1,3\n2023,Q1,3\n");

        Messages(parsed).ShouldBe(["Row 3: repeats row 2"]);
    }

    [Fact]
    public void Parse_UnpublishedExploitationTypeOrGender_NamesTheColumn()
    {
        var csv = $"""
            {ResponderHeader}
            Local Authority,Local Authority,Labour & Sexual,Adult (18 or over),Male,Albanian,2
            Local Authority,Local Authority,Labour,Adult (18 or over),M,Albanian,1
            """;

        var messages = Messages(Parse(csv, fileName: "x_2023_q4.csv"));

        messages.Count.ShouldBe(2);
        messages[0].ShouldStartWith("Row 2, column 'Exploitation type': 'Labour & Sexual' is not an exploitation type");
        messages[1].ShouldStartWith("Row 3, column 'Gender': 'M' is not one of the published values");
    }

    [Fact]
    public void Parse_TwoResponderTypesInOneFile_IsRefused()
    {
        var csv = $"""
            {ResponderHeader}
            Local Authority,Local Authority,Labour,Adult (18 or over),Male,Albanian,2
            Police,Police,Labour,Adult (18 or over),Male,Albanian,1
            """;

        Messages(Parse(csv, fileName: "x_2023_q4.csv"))
            .ShouldBe(["Row 3, column 'First responder type': 'Police' differs from 'Local Authority' in row 2: a file holds the figures of one first responder type"]);
    }

    [Fact]
    public void Parse_OneQuarterFileWithoutPeriod_AsksForIt()
    {
        var parsed = Parse("Nationality,Total\nAlbanian,3\n", fileName: "dtn.csv");

        Messages(parsed).ShouldBe(["The file name 'dtn.csv' does not say which quarter the figures are for (like _2023_q4): give the year and quarter"]);
    }

    [Fact]
    public void Parse_OneQuarterFileWithPeriodGiven_UsesIt()
    {
        var parsed = NationalStatisticsParser.Parse(new StringReader("Nationality,Total\nAlbanian,3\nTotal,3\n"), "dtn.csv", period: new StatisticsPeriod(2024, 1));

        parsed.Errors.ShouldBeEmpty();
        parsed.Scope.ShouldBe("2024 Q1");
        parsed.Figures.ShouldHaveSingleItem().Nationality.ShouldBe("Albanian");
    }

    [Fact]
    public void Parse_UnclosedQuote_NamesTheRow()
    {
        Messages(Parse("Year,Quarter,Total\n2023,Q1,\"3\n")).ShouldBe(["Row 2: a quoted field is not closed"]);
    }

    [Theory]
    [InlineData("Sexual & Labour", true)]
    [InlineData("Labour, Domestic & Criminal", true)]
    [InlineData("Labour, Domestic, Organ Harvesting", true)]
    [InlineData("Not specified or unknown", true)]
    [InlineData("Labour & Sexual", false)]
    [InlineData("Labour & Labour", false)]
    [InlineData("Fishing", false)]
    public void IsExploitationType_Value_FollowsThePublishedOrder(string value, bool expected)
    {
        NationalStatisticsParser.IsExploitationType(value).ShouldBe(expected);
    }

    private static ParsedStatistics ParseFixture(string fileName)
    {
        using var reader = new StreamReader(TestFixtures.NrmStatistics(fileName));
        return NationalStatisticsParser.Parse(reader, fileName);
    }

    private static ParsedStatistics Parse(string csv, StatisticsTableKind? kind = null, string fileName = "test.csv") =>
        NationalStatisticsParser.Parse(new StringReader(csv), fileName, kind);

    private static List<string> Messages(ParsedStatistics parsed) => parsed.Errors.Select(e => e.ToString()).ToList();

    /// <summary>The last column of the file's "year,Total" row, read independently of the parser.</summary>
    private static int TotalRowOf(string fileName, int year)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{year},Total,");
        var line = File.ReadLines(TestFixtures.NrmStatistics(fileName)).Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return int.Parse(line.Split(',')[^1], CultureInfo.InvariantCulture);
    }
}
