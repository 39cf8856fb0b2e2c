using Beacon.Core.Data;

namespace Beacon.Core.Tests.Data;

public class DeterministicGuidTests
{
    [Fact]
    public void Create_SameScopeAndName_GivesSameGuid()
    {
        DeterministicGuid.Create("Nationality", "Albanian").ShouldBe(DeterministicGuid.Create("Nationality", "Albanian"));
    }

    [Fact]
    public void Create_DifferentScopeOrName_GivesDifferentGuids()
    {
        var guids = new[]
        {
            DeterministicGuid.Create("Nationality", "Albanian"),
            DeterministicGuid.Create("Country", "Albanian"),
            DeterministicGuid.Create("Nationality", "Albania"),
        };

        guids.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Create_SetsVersionAndVariantBits()
    {
        var text = DeterministicGuid.Create("x", "y").ToString();

        text[14].ShouldBe('5');
        "89ab".ShouldContain(text[19]);
    }
}
