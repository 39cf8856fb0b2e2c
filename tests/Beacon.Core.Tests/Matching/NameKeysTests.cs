using System.Text.RegularExpressions;
using Beacon.Core.Cases.Matching;

namespace Beacon.Core.Tests.Matching;

public class NameKeysTests
{
    private static bool ShareAKey(string a, string b) => NameKeys.For(a).Intersect(NameKeys.For(b)).Any();

    [Theory]
    // Arabic names as transliterated in Sudan, Iraq, Pakistan, Afghanistan, Turkey and the Maghreb
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Mohamed", "Mohamad")]
    [InlineData("Muhammed", "Mohammad")]
    [InlineData("Mohd", "Muhammad")]
    [InlineData("Mehmet", "Mohammed")]
    [InlineData("Ahmed", "Ahmad")]
    [InlineData("Ahmet", "Ahmed")]
    [InlineData("Yusuf", "Youssef")]
    [InlineData("Yousef", "Yusuf")]
    [InlineData("Jusuf", "Yousif")]
    [InlineData("Ali", "Aly")]
    [InlineData("Hussain", "Hussein")]
    [InlineData("Husain", "Hossein")]
    [InlineData("Husayn", "Hussain")]
    [InlineData("Osman", "Usman")]
    [InlineData("Uthman", "Osman")]
    [InlineData("Abdulrahman", "Abdul Rahman")]
    [InlineData("Abd al-Rahman", "Abdelrahman")]
    [InlineData("Abdirahman", "Abdurrahman")]
    [InlineData("Abdullah", "Abdalla")]
    [InlineData("Mariam", "Maryam")]
    [InlineData("Miriam", "Mariam")]
    [InlineData("Fatima", "Fatimah")]
    [InlineData("Fatemeh", "Fatima")]
    [InlineData("Aisha", "Ayesha")]
    [InlineData("Zainab", "Zeynep")]
    [InlineData("Zeinab", "Zaynab")]
    [InlineData("Khadija", "Hatice")]
    [InlineData("Haider", "Hayder")]
    [InlineData("Rehman", "Rahman")]
    [InlineData("Noorullah", "Nurullah")]
    [InlineData("Xhemal", "Jamal")]
    [InlineData("Djamel", "Jamal")]
    [InlineData("Al-Hassan", "Hassan")]
    [InlineData("El-Sayed", "Sayed")]
    // South Asian family names
    [InlineData("Chaudhry", "Chowdhury")]
    [InlineData("Choudhary", "Chaudhary")]
    [InlineData("Qureshi", "Kureshi")]
    [InlineData("Siddiqui", "Siddiqi")]
    // Vietnamese and Chinese
    [InlineData("Nguyen", "Ngyuen")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Trần", "Tran")]
    [InlineData("Hoang", "Huynh")]
    [InlineData("Zhang", "Chang")]
    [InlineData("Li", "Lee")]
    // Tigrinya
    [InlineData("Tesfaye", "Tesfay")]
    [InlineData("Yohannes", "Johannes")]
    [InlineData("Ghebremariam", "Gebremariam")]
    // Slavic, Romanian, Albanian
    [InlineData("Aleksandr", "Alexander")]
    [InlineData("Oleksandr", "Alexander")]
    [InlineData("Александр", "Alexander")]
    [InlineData("Alexandru", "Aleksander")]
    [InlineData("Ioana", "Joanna")]
    [InlineData("Ekaterina", "Katerina")]
    [InlineData("Yekaterina", "Ekaterina")]
    [InlineData("Catherine", "Katherine")]
    [InlineData("Mikhail", "Mihail")]
    [InlineData("Michael", "Mikhail")]
    [InlineData("Jelena", "Yelena")]
    [InlineData("Iulia", "Yulia")]
    [InlineData("Dmytro", "Dmitry")]
    [InlineData("Vasyl", "Vasile")]
    [InlineData("Gheorghe", "George")]
    [InlineData("Stefan", "Stephen")]
    [InlineData("Paweł", "Pavel")]
    [InlineData("Łukasz", "Lukas")]
    [InlineData("Krzysztof", "Christopher")]
    [InlineData("Wójcik", "Wojcik")]
    [InlineData("Kowalski", "Kowalsky")]
    [InlineData("Szymański", "Shimanski")]
    [InlineData("Kovalchuk", "Kowalczyk")]
    // English spelling
    [InlineData("Sarah", "Sara")]
    [InlineData("Philip", "Filip")]
    [InlineData("Christina", "Kristina")]
    [InlineData("O'Brien", "OBrien")]
    [InlineData("Jackson", "Jakson")]
    public void For_SpellingOrTransliterationVariants_ShareAKey(string a, string b)
    {
        ShareAKey(a, b).ShouldBeTrue($"{a} [{string.Join(' ', NameKeys.For(a))}] / {b} [{string.Join(' ', NameKeys.For(b))}]");
    }

    [Theory]
    [InlineData("Bob", "Robert")]
    [InlineData("Bobbie", "Robert")]
    [InlineData("Bill", "William")]
    [InlineData("Kate", "Katherine")]
    [InlineData("Kathy", "Catherine")]
    [InlineData("Katya", "Yekaterina")]
    [InlineData("Kasia", "Katarzyna")]
    [InlineData("Sasha", "Alexander")]
    [InlineData("Sasha", "Aleksandra")]
    [InlineData("Sasha", "Oleksandr")]
    [InlineData("Misha", "Mikhail")]
    [InlineData("Liz", "Elizabeth")]
    [InlineData("Tom", "Thomas")]
    [InlineData("Mo", "Mohammed")]
    [InlineData("Vanya", "Ivan")]
    [InlineData("Gosia", "Małgorzata")]
    [InlineData("Kuba", "Jakub")]
    [InlineData("Zhenya", "Yevgeny")]
    [InlineData("Dima", "Dmytro")]
    [InlineData("Seun", "Oluwaseun")]
    [InlineData("Emeka", "Chukwuemeka")]
    public void For_Nickname_SharesAKeyWithTheFullName(string nickname, string fullName)
    {
        ShareAKey(nickname, fullName).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Ali", "Alice")]
    [InlineData("Tran", "Tram")] // Tran a family name, Tram a given name: one letter, two names
    [InlineData("Maria", "Mario")] // two-letter outlines are too coarse to be keys; the matcher still sees one letter's difference
    [InlineData("John", "Jane")]
    [InlineData("Mohammed", "Ahmed")]
    [InlineData("Hassan", "Ahmed")]
    [InlineData("Zhu", "Zhou")]
    [InlineData("Yu", "Zhu")]
    [InlineData("Salih", "Sally")]
    [InlineData("Robert", "Rupert")]
    [InlineData("Robert", "Albert")]
    [InlineData("Nguyen", "Ngo")]
    [InlineData("Li", "Lin")]
    [InlineData("Kadhim", "Qasim")] // Kazim, a spelling of Kadhim, sounds like Qasim; the listing keeps the two names apart
    public void For_DifferentNames_DoNotShareAKey(string a, string b)
    {
        ShareAKey(a, b).ShouldBeFalse($"{a} [{string.Join(' ', NameKeys.For(a))}] / {b} [{string.Join(' ', NameKeys.For(b))}]");
    }

    [Fact]
    public void For_FullName_IsTheKeysOfItsTokensInAnyOrder()
    {
        NameKeys.For("Tran Van Minh").ShouldBe(NameKeys.For("Minh Tran"), ignoreOrder: true);
        NameKeys.For("Minh Tran").ShouldBe(NameKeys.For("Minh").Concat(NameKeys.For("Tran")), ignoreOrder: true);
    }

    [Fact]
    public void For_InitialsAndParticles_MakeNoKeys()
    {
        NameKeys.For("J. al-Hassan").ShouldBe(NameKeys.For("Hassan"));
        NameKeys.For("Maria de Souza").ShouldBe(NameKeys.For("Maria Souza"));
        NameKeys.For("J").ShouldBeEmpty();
    }

    [Fact]
    public void For_NearUniversalTokens_MakeNoKeysBesideOtherNames()
    {
        NameKeys.For("Nguyen Thi Lan").ShouldBe(NameKeys.For("Nguyen Lan"));
        NameKeys.For("Harpreet Kaur").ShouldBe(NameKeys.For("Harpreet"));
        NameKeys.For("Singh").ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("- ' .")]
    public void For_NoLetters_ReturnsNoKeys(string? name)
    {
        NameKeys.For(name).ShouldBeEmpty();
    }

    [Fact]
    public void For_Keys_AreShortLowerCaseAscii()
    {
        var keys = SyntheticNames.FullNames().SelectMany(NameKeys.For).Concat(NameKeys.For("Ghebremariam-Weldemichael Abdurrahman"));

        keys.ShouldAllBe(key => Regex.IsMatch(key, "^=?[a-z]{1,16}$"));
    }

    [Fact]
    public void For_EveryTableNameAndSyntheticToken_HasAtMostFourKeys()
    {
        var names = NameVariants.Table.AllNames
            .Concat(Nicknames.Table.AllNames)
            .Concat(SyntheticNames.Given)
            .Concat(SyntheticNames.Family)
            .Distinct();

        foreach (var name in names)
        {
            foreach (var token in NameSound.Tokens(name))
            {
                // Counted before For's cap, so a name in too many groups fails here rather than losing keys.
                var untruncated = 1 + token.Heads.Count;
                untruncated.ShouldBeLessThanOrEqualTo(NameKeys.MaxKeysPerToken, $"{name}: {string.Join(' ', token.Heads)}");
            }
        }
    }

    [Fact]
    public void For_FiveHundredSyntheticNames_NoKeyCoversMoreThanTwoPercent()
    {
        var names = SyntheticNames.FullNames();
        names.Distinct().Count().ShouldBe(500);

        var coverage = names
            .SelectMany(name => NameKeys.For(name).Distinct())
            .GroupBy(key => key)
            .Select(g => (Key: g.Key, Share: g.Count() / (double)names.Count))
            .OrderByDescending(k => k.Share)
            .ToList();

        // Measured: the widest key is "mhmd" (Mohamed, Mohammad, Mahmoud, Mohammadi) at 1.8%.
        coverage[0].Share.ShouldBeLessThanOrEqualTo(0.02, $"'{coverage[0].Key}' covers {coverage[0].Share:P1}");
    }

    [Fact]
    public void For_FiveHundredSyntheticNames_ALookupFindsFewOthers()
    {
        var names = SyntheticNames.FullNames();
        var keys = names.Select(name => NameKeys.For(name).ToHashSet()).ToList();

        var found = keys.Select((mine, i) => keys.Where((theirs, j) => j != i && theirs.Overlaps(mine)).Count()).ToList();

        // A name's keys find, on average, a handful of the 500 others: one per other holder of
        // each of its given and family names and their variants, not a slice of everyone.
        found.Average().ShouldBeLessThan(10);
        found.Max().ShouldBeLessThan(25);
    }
}
