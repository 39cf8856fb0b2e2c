using Beacon.Core.ReferenceData;

namespace Beacon.Core.Tests.ReferenceData;

public class ReferenceListTests
{
    [Theory]
    [InlineData("first-responder-organisations.csv", 526)]
    [InlineData("uk-local-authorities.csv", 451)]
    [InlineData("uk-police-forces.csv", 47)]
    [InlineData("nationalities.csv", 222)]
    [InlineData("countries.csv", 197)]
    [InlineData("uk-regions.csv", 98)]
    public void ReadNames_EmbeddedList_HasEveryEntryOfTheNationalList(string file, int count)
    {
        ReferenceDataLoader.ReadNames(file).Count.ShouldBe(count);
    }

    [Fact]
    public void ReadNames_NameWithComma_IsOneEntry()
    {
        ReferenceDataLoader.ReadNames("uk-local-authorities.csv").ShouldContain("Bournemouth, Christchurch and Poole Council");
    }

    [Fact]
    public void Lists_CoverEveryReferenceEntity()
    {
        var entityTypes = typeof(ReferenceEntry).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ReferenceEntry)) && !t.IsAbstract);

        ReferenceDataLoader.Lists.Select(l => l.EntityType).ShouldBe(entityTypes, ignoreOrder: true);
    }
}
