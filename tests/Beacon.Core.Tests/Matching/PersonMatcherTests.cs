using Beacon.Core.Cases;
using Beacon.Core.Cases.Matching;

namespace Beacon.Core.Tests.Matching;

public class PersonMatcherTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static PersonProbe Probe(params string[] names) => new() { Names = names };

    private static PersonCandidate Candidate(params string[] names) => new() { Names = names };

    private static MatchResult Score(PersonProbe probe, PersonCandidate candidate) => PersonMatcher.Score(probe, candidate, Today);

    [Fact]
    public void Score_VariantNameAndSameDateOfBirth_IsStrong()
    {
        var result = Score(
            Probe("Mohamed Ali") with { DateOfBirth = new(2008, 3, 7) },
            Candidate("Muhammad Ali") with { DateOfBirth = new(2008, 3, 7) });

        result.Band.ShouldBe(MatchBand.Strong);
        result.Reasons.ShouldContain("Name sounds alike: Mohamed / Muhammad");
        result.Reasons.ShouldContain("Name matches: Ali");
        result.Reasons.ShouldContain("Same date of birth");
    }

    [Fact]
    public void Score_SameNameAndDateOfBirth_IsStrongWithSameName()
    {
        var result = Score(
            Probe("Ioana Popescu") with { DateOfBirth = new(2001, 11, 23), Gender = Gender.Female, Nationalities = ["Romanian"] },
            Candidate("Ioana Popescu") with { DateOfBirth = new(2001, 11, 23), Gender = Gender.Female, Nationalities = ["romanian"] });

        result.Band.ShouldBe(MatchBand.Strong);
        result.Score.ShouldBe(95);
        result.Reasons.ShouldBe(["Same name", "Same date of birth", "Same nationality"]);
    }

    [Fact]
    public void Score_FamilyNameFirst_MatchesInAnyOrder()
    {
        var result = Score(
            Probe("Nguyễn Văn Minh") with { DateOfBirth = new(2007, 2, 14) },
            Candidate("Minh Nguyen") with { DateOfBirth = new(2007, 2, 14) });

        result.Band.ShouldBe(MatchBand.Strong);
        result.Reasons.ShouldContain("Names in a different order");
    }

    [Fact]
    public void Score_ProbeMatchesCandidatesAlias_SaysAliasMatches()
    {
        var result = Score(
            Probe("Robert Kowalski") with { DateOfBirth = new(1990, 4, 2) },
            Candidate("Piotr Nowak", "Robert Kowalski") with { DateOfBirth = new(1990, 4, 2) });

        result.Band.ShouldBe(MatchBand.Strong);
        result.Reasons[0].ShouldBe("Alias matches");
    }

    [Fact]
    public void Score_Nickname_MatchesFullName()
    {
        var result = Score(
            Probe("Sasha Kovalenko") with { DateOfBirth = new(1999, 8, 30) },
            Candidate("Oleksandr Kovalenko") with { DateOfBirth = new(1999, 8, 30) });

        result.Band.ShouldBe(MatchBand.Strong);
        result.Reasons.ShouldContain("Nickname or short form: Sasha / Oleksandr");
    }

    [Fact]
    public void Score_DayAndMonthSwapped_IsPossible()
    {
        var result = Score(
            Probe("Ioana Popescu") with { DateOfBirth = new(2007, 5, 3) },
            Candidate("Joanna Popescu") with { DateOfBirth = new(2007, 3, 5) });

        result.Band.ShouldBe(MatchBand.Possible);
        result.Reasons.ShouldContain("Date of birth matches with day and month swapped (UK and US order)");
    }

    [Fact]
    public void Score_SameDayAndMonthYearOffByOne_IsPossible()
    {
        var result = Score(
            Probe("Dawit Tesfamariam") with { DateOfBirth = new(2006, 9, 12) },
            Candidate("Dawit Tesfamariam") with { DateOfBirth = new(2007, 9, 12) });

        result.Band.ShouldBe(MatchBand.Possible);
        result.Reasons.ShouldContain("Same day and month of birth, year differs by 1");
    }

    [Fact]
    public void Score_FirstOfJanuary_CountsAsYearOnly()
    {
        var placeholder = Score(
            Probe("Hamid Rahimi") with { DateOfBirth = new(2008, 1, 1) },
            Candidate("Hamid Rahimi") with { DateOfBirth = new(2008, 1, 1) });
        var nextYear = Score(
            Probe("Hamid Rahimi") with { DateOfBirth = new(2008, 1, 1) },
            Candidate("Hamid Rahimi") with { DateOfBirth = new(2009, 6, 20) });
        var realDate = Score(
            Probe("Hamid Rahimi") with { DateOfBirth = new(2008, 6, 20) },
            Candidate("Hamid Rahimi") with { DateOfBirth = new(2008, 6, 20) });

        placeholder.Score.ShouldBeLessThan(realDate.Score);
        placeholder.Band.ShouldBe(MatchBand.Possible);
        placeholder.Reasons.ShouldContain("Same date of birth, but 1 January is often recorded when only the year is known");
        nextYear.Reasons.ShouldContain("Years of birth 1 apart (1 January is often recorded when only the year is known)");
        nextYear.Band.ShouldBe(MatchBand.Possible);
    }

    [Fact]
    public void Score_SameNameDifferentDateOfBirth_IsWeakWithTheReason()
    {
        var result = Score(
            Probe("Yusuf Ahmadi") with { DateOfBirth = new(2000, 7, 2) },
            Candidate("Yusuf Ahmadi") with { DateOfBirth = new(1990, 8, 9) });

        result.Band.ShouldBe(MatchBand.Weak);
        result.Reasons.ShouldContain("Different date of birth");
    }

    [Fact]
    public void Score_EstimatedAgeWithinTwoYearsOfDateOfBirth_SaysBothAges()
    {
        var result = Score(
            Probe("Tesfaye Haile") with { EstimatedAge = 16, AgeEstimatedOn = Today },
            Candidate("Tesfay Haile") with { DateOfBirth = new(2008, 1, 10) });

        result.Band.ShouldBe(MatchBand.Possible);
        result.Reasons.ShouldContain("Estimated age 16 is within 2 years of date of birth (age 17)");
    }

    [Fact]
    public void Score_EstimateMadeYearsAgo_IsComparedOnTheDayItWasMade()
    {
        var result = Score(
            Probe("Kadhim Hamad") with { DateOfBirth = new(2006, 9, 15) },
            Candidate("Kazim Hamad") with { EstimatedAge = 15, AgeEstimatedOn = new(2022, 3, 1) });

        result.Reasons.ShouldContain("Estimated age 15 matches date of birth (age 15)");
    }

    [Fact]
    public void Score_EstimatedAgeFarFromDateOfBirth_Lowers()
    {
        var fits = Score(Probe("Arben Hoxha") with { EstimatedAge = 17 }, Candidate("Arben Hoxha") with { DateOfBirth = new(2008, 2, 2) });
        var farOff = Score(Probe("Arben Hoxha") with { EstimatedAge = 30 }, Candidate("Arben Hoxha") with { DateOfBirth = new(2008, 2, 2) });

        farOff.Score.ShouldBeLessThan(fits.Score);
        farOff.Reasons.ShouldContain("Estimated age 30 does not fit date of birth (age 17)");
    }

    [Fact]
    public void Score_TwoEstimates_AreCarriedForwardToToday()
    {
        var result = Score(
            Probe("Minh Tran") with { EstimatedAge = 16, AgeEstimatedOn = Today },
            Candidate("Tran Minh") with { EstimatedAge = 14, AgeEstimatedOn = new(2023, 5, 1) });

        result.Reasons.ShouldContain("Estimated ages are close (about 16 and 16 now)");
    }

    [Fact]
    public void Score_EstimatedAgeAndNameAlone_AreNotStrong()
    {
        var result = Score(
            Probe("Arben Hoxha") with { EstimatedAge = 17, Nationalities = ["Albanian"], Gender = Gender.Male },
            Candidate("Arben Hoxha") with { DateOfBirth = new(2008, 2, 2), Nationalities = ["Albanian"], Gender = Gender.Male });

        result.Band.ShouldBe(MatchBand.Possible);
    }

    [Fact]
    public void Score_NationalityAlone_IsNone()
    {
        var result = Score(
            Probe("Arben Hoxha") with { Nationalities = ["Albanian"] },
            Candidate("Blerim Gashi") with { Nationalities = ["Albanian"] });

        result.Band.ShouldBe(MatchBand.None);
        result.Reasons.ShouldContain("Names do not match");
        result.Reasons.ShouldContain("Same nationality");
    }

    [Fact]
    public void Score_DateOfBirthNationalityAndGenderWithoutName_AreAtMostWeak()
    {
        var result = Score(
            Probe("Arben Hoxha") with { DateOfBirth = new(2008, 5, 5), Nationalities = ["Albanian"], Gender = Gender.Male },
            Candidate("Blerim Gashi") with { DateOfBirth = new(2008, 5, 5), Nationalities = ["Albanian"], Gender = Gender.Male });

        result.Band.ShouldBe(MatchBand.Weak);
    }

    [Fact]
    public void Score_DifferentGender_Lowers()
    {
        var same = Score(
            Probe("Alex Popa") with { DateOfBirth = new(2004, 10, 10), Gender = Gender.Male },
            Candidate("Alex Popa") with { DateOfBirth = new(2004, 10, 10), Gender = Gender.Male });
        var different = Score(
            Probe("Alex Popa") with { DateOfBirth = new(2004, 10, 10), Gender = Gender.Male },
            Candidate("Alex Popa") with { DateOfBirth = new(2004, 10, 10), Gender = Gender.Female });

        same.Band.ShouldBe(MatchBand.Strong);
        different.Band.ShouldBe(MatchBand.Possible);
        different.Reasons.ShouldContain("Different gender");
    }

    [Fact]
    public void Score_GenderNotKnown_IsNoContradiction()
    {
        var result = Score(
            Probe("Alex Popa") with { DateOfBirth = new(2004, 10, 10), Gender = Gender.NotKnown },
            Candidate("Alex Popa") with { DateOfBirth = new(2004, 10, 10), Gender = Gender.Female });

        result.Reasons.ShouldNotContain("Different gender");
        result.Band.ShouldBe(MatchBand.Strong);
    }

    [Fact]
    public void Score_DifferentNationality_LowersALittle()
    {
        var unknown = Score(Probe("Ali Hassan"), Candidate("Ali Hassan") with { Nationalities = ["Sudanese"] });
        var different = Score(Probe("Ali Hassan") with { Nationalities = ["Iraqi"] }, Candidate("Ali Hassan") with { Nationalities = ["Sudanese"] });
        var shared = Score(Probe("Ali Hassan") with { Nationalities = ["Iraqi", "Sudanese"] }, Candidate("Ali Hassan") with { Nationalities = ["Sudanese"] });

        different.Score.ShouldBe(unknown.Score - 5);
        different.Reasons.ShouldContain("Different nationality");
        shared.Score.ShouldBe(unknown.Score + 5);
    }

    [Fact]
    public void Score_UnknownNationality_IsIgnored()
    {
        var result = Score(Probe("Ali Hassan") with { Nationalities = ["Unknown"] }, Candidate("Ali Hassan") with { Nationalities = ["Sudanese"] });

        result.Reasons.ShouldNotContain("Different nationality");
    }

    [Theory]
    [InlineData("Hassan", "Hussain")]
    [InlineData("Maria", "Mario")]
    [InlineData("Alexander", "Alexandra")]
    public void Score_TwinsWithAlikeGivenNames_AreNotStrong(string given1, string given2)
    {
        var result = Score(
            Probe(given1 + " Ali") with { DateOfBirth = new(2009, 4, 4), Nationalities = ["Sudanese"] },
            Candidate(given2 + " Ali") with { DateOfBirth = new(2009, 4, 4), Nationalities = ["Sudanese"] });

        result.Band.ShouldBe(MatchBand.Possible);
        result.Reasons.ShouldContain($"Name spelt similarly: {given1} / {given2}");
    }

    [Theory]
    [InlineData("Mohammed", "Mahmoud")]
    [InlineData("Omar", "Amir")]
    [InlineData("Ali", "Alice")]
    [InlineData("Tran", "Tram")]
    public void Score_NamesSharingOnlyAnOutline_DoNotMatch(string a, string b)
    {
        var result = Score(Probe(a + " Okafor") with { DateOfBirth = new(2000, 1, 2) }, Candidate(b + " Okafor") with { DateOfBirth = new(2000, 1, 2) });

        result.Reasons.ShouldContain($"Other names differ: {a} / {b}");
        result.Band.ShouldBe(MatchBand.Weak);
    }

    [Fact]
    public void Score_Initial_MatchesButIsNotStrong()
    {
        var result = Score(
            Probe("J. Smith") with { DateOfBirth = new(1985, 12, 1) },
            Candidate("John Smith") with { DateOfBirth = new(1985, 12, 1) });

        result.Reasons.ShouldContain("Initial matches: J / John");
        result.Band.ShouldBe(MatchBand.Possible);
    }

    [Fact]
    public void Score_CompoundNameWrittenApart_Matches()
    {
        var result = Score(
            Probe("Abdul Rahman Osman") with { DateOfBirth = new(2005, 3, 3) },
            Candidate("Abdulrahman Usman") with { DateOfBirth = new(2005, 3, 3) });

        result.Band.ShouldBe(MatchBand.Strong);
    }

    [Fact]
    public void Score_OneGivenNameOnly_IsNotStrong()
    {
        var result = Score(
            Probe("Ali") with { DateOfBirth = new(2010, 6, 6) },
            Candidate("Ali Hassan") with { DateOfBirth = new(2010, 6, 6) });

        result.Band.ShouldBe(MatchBand.Possible);
        result.Reasons.ShouldContain("Name on one record only: Hassan");
    }

    [Fact]
    public void Score_MissingMiddleName_CanStillBeStrong()
    {
        var result = Score(
            Probe("Mohammed Ali Khan") with { DateOfBirth = new(2010, 6, 6) },
            Candidate("Mohammed Khan") with { DateOfBirth = new(2010, 6, 6) });

        result.Band.ShouldBe(MatchBand.Strong);
    }

    [Fact]
    public void Score_CyrillicAgainstLatin_Matches()
    {
        var result = Score(
            Probe("Александр Шевченко") with { DateOfBirth = new(1995, 7, 7) },
            Candidate("Oleksandr Shevchenko") with { DateOfBirth = new(1995, 7, 7) });

        result.Band.ShouldBe(MatchBand.Strong);
    }

    [Fact]
    public void Score_NoNames_UsesOtherDetailsOnly()
    {
        var result = Score(new PersonProbe { DateOfBirth = new(2008, 5, 5) }, Candidate("Arben Hoxha") with { DateOfBirth = new(2008, 5, 5) });

        result.Band.ShouldBe(MatchBand.Weak);
        result.Reasons.ShouldBe(["Same date of birth"]);
    }

    [Fact]
    public void Score_IsBetweenZeroAndOneHundred()
    {
        var worst = Score(
            Probe("Arben Hoxha") with { DateOfBirth = new(2008, 5, 5), Gender = Gender.Male, Nationalities = ["Albanian"] },
            Candidate("Lan Nguyen") with { DateOfBirth = new(1970, 9, 20), Gender = Gender.Female, Nationalities = ["Vietnamese"] });
        var best = Score(
            Probe("Arben Hoxha") with { DateOfBirth = new(2008, 5, 5), Nationalities = ["Albanian"] },
            Candidate("Arben Hoxha") with { DateOfBirth = new(2008, 5, 5), Nationalities = ["Albanian"] });

        worst.Score.ShouldBe(0);
        worst.Band.ShouldBe(MatchBand.None);
        best.Score.ShouldBeLessThanOrEqualTo(100);
    }

    [Fact]
    public void Rank_OrdersByScoreAndDropsThoseBelowTheMinimum()
    {
        var probe = Probe("Mohamed Osman") with { DateOfBirth = new(2007, 4, 9) };
        var candidates = new (int, PersonCandidate)[]
        {
            (1, Candidate("Mohamed Osman") with { DateOfBirth = new(1980, 1, 15) }),
            (2, Candidate("Muhammad Usman") with { DateOfBirth = new(2007, 4, 9) }),
            (3, Candidate("Chen Wei")),
            (4, Candidate("Mohamed Osman") with { DateOfBirth = new(2007, 4, 9) }),
            (5, Candidate("Mohamed Osman")),
        };

        var ranked = PersonMatcher.Rank(probe, candidates, Today);

        ranked.Select(r => r.Candidate).ShouldBe([4, 2, 5]);
        ranked.Select(r => r.Result.Score).ShouldBeInOrder(SortDirection.Descending);
        PersonMatcher.Rank(probe, candidates, Today, MatchBand.Weak).Select(r => r.Candidate).ShouldBe([4, 2, 5, 1]);
    }
}
