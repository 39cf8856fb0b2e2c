using Beacon.Core.Cases.Matching;

namespace Beacon.Core.Tests.Matching;

public class NicknamesTests
{
    [Theory]
    [InlineData("Bob", "Robert")]
    [InlineData("Bill", "William")]
    [InlineData("Kate", "Katherine")]
    [InlineData("Kate", "Catherine")]
    [InlineData("Kathy", "Katherine")]
    [InlineData("Sasha", "Alexander")]
    [InlineData("Sasha", "Aleksandra")]
    [InlineData("Sasha", "Oleksandr")]
    [InlineData("Misha", "Mikhail")]
    [InlineData("Liz", "Elizabeth")]
    [InlineData("Tom", "Thomas")]
    [InlineData("Mo", "Mohammed")]
    [InlineData("Mo", "Muhammad")]
    [InlineData("Vanya", "Ivan")]
    [InlineData("Kasia", "Katarzyna")]
    [InlineData("Zosia", "Zofia")]
    [InlineData("Kuba", "Jakub")]
    [InlineData("Natasha", "Natalia")]
    [InlineData("Tanya", "Tatiana")]
    [InlineData("Dima", "Dmitry")]
    [InlineData("Seun", "Oluwaseun")]
    [InlineData("Tunde", "Babatunde")]
    public void Equivalents_NicknameAndFullName_AreEachOthers(string nickname, string fullName)
    {
        Nicknames.Equivalents(nickname).ShouldContain(fullName);
        Nicknames.Equivalents(fullName).ShouldContain(nickname);
    }

    [Fact]
    public void Equivalents_CaseAndAccentsAndSpelling_DoNotMatter()
    {
        Nicknames.Equivalents("MICHAŁ").ShouldContain("Michael");
        Nicknames.Equivalents("bobbie").ShouldContain("Robert");
        Nicknames.Equivalents("Robert").ShouldContain("BOB");
    }

    [Fact]
    public void Equivalents_NicknameOfSeveralNames_LinksTheNicknameNotTheNames()
    {
        Nicknames.Equivalents("Bert").ShouldContain("Robert");
        Nicknames.Equivalents("Bert").ShouldContain("Albert");
        Nicknames.Equivalents("Robert").ShouldNotContain("Albert");
        Nicknames.Equivalents("Alexander").ShouldNotContain("Alexandra");
    }

    [Fact]
    public void Equivalents_UnknownName_IsEmpty()
    {
        Nicknames.Equivalents("Zyxwq").ShouldBeEmpty();
        Nicknames.Equivalents("").ShouldBeEmpty();
    }

    [Fact]
    public void Equivalents_LeaveOutTheNameItself()
    {
        Nicknames.Equivalents("Robert").ShouldNotContain("Robert");
        Nicknames.Equivalents("robert").ShouldNotContain("Robert");
    }

    [Fact]
    public void Equivalents_EveryTableName_IsSymmetric()
    {
        foreach (var name in Nicknames.Table.AllNames.Distinct())
        {
            foreach (var equivalent in Nicknames.Equivalents(name))
            {
                Nicknames.Equivalents(equivalent).ShouldContain(name, $"{name} → {equivalent}");
            }
        }
    }

    [Fact]
    public void Table_HasOverAHundredNicknamePairs()
    {
        var pairs = Nicknames.Table.AllNames.Count() - Nicknames.Table.GroupCount;

        pairs.ShouldBeGreaterThan(100);
    }
}
