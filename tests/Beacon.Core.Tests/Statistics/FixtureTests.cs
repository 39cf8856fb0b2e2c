using Beacon.Tests.Shared;

namespace Beacon.Core.Tests.Statistics;

public class FixtureTests
{
    [Theory]
    [InlineData("nrm_referrals_longitudinal.csv")]
    [InlineData("nrm_reasonable_grounds.csv")]
    [InlineData("nrm_conclusive_grounds.csv")]
    [InlineData("nrm_duty_to_notify_longitudinal.csv")]
    [InlineData("nrm_duty_to_notify_2023_q4.csv")]
    [InlineData("nrm_referrals_local-authority_2022_q4.csv")]
    [InlineData("nrm_referrals_local-authority_2023_q4.csv")]
    [InlineData("nrm_referrals_government_2023_q4.csv")]
    [InlineData("nrm_referrals_ngo_2023_q4.csv")]
    public void Find_NrmStatisticsFixture_FileIsInTheRepository(string fileName)
    {
        File.Exists(TestFixtures.NrmStatistics(fileName)).ShouldBeTrue();
    }
}
