using Beacon.Web.Infrastructure;

namespace Beacon.Web.Tests.Routing;

public class KebabCaseRouteConventionTests
{
    [Theory]
    [InlineData("Referrals/Create/CheckAnswers", "referrals/create/check-answers")]
    [InlineData("SpotTheSigns", "spot-the-signs")]
    [InlineData("Cases/{caseId:guid}/NrmReferral", "cases/{caseId:guid}/nrm-referral")]
    [InlineData("Statements/Year2025", "statements/year2025")]
    [InlineData("Index", "index")]
    [InlineData("", "")]
    public void ToKebabCase_PageTemplate_IsLowerCaseAndHyphenatedButLeavesParametersAlone(string template, string expected)
    {
        KebabCaseRouteConvention.ToKebabCase(template).ShouldBe(expected);
    }
}
