using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Organisations;

namespace Beacon.Core.Tests.Concerns;

/// <summary>Which queue a concern lands in and the RAG rating suggested to triage.</summary>
public class ConcernRoutingTests
{
    [Theory]
    [InlineData(AgeAnswer.Under18, CaseRoute.Child, TeamFunction.ChildrenMash)]
    [InlineData(AgeAnswer.NotSure, CaseRoute.Child, TeamFunction.ChildrenMash)]
    [InlineData(AgeAnswer.Adult, CaseRoute.Adult, TeamFunction.AdultTriage)]
    public void Route_ByAge_ChildUnlessSurelyAdult(AgeAnswer age, CaseRoute route, TeamFunction queue)
    {
        ConcernService.RouteFor(age).ShouldBe(route);
        ConcernService.QueueFor(route).ShouldBe(queue);
    }

    [Theory]
    [InlineData(true, AgeAnswer.Adult, Indicators.None, RagRating.Red)]
    [InlineData(true, AgeAnswer.Under18, Indicators.Injuries, RagRating.Red)]
    [InlineData(false, AgeAnswer.Under18, Indicators.None, RagRating.Amber)]
    [InlineData(false, AgeAnswer.NotSure, Indicators.None, RagRating.Amber)]
    [InlineData(false, AgeAnswer.Adult, Indicators.ViolenceOrThreats, RagRating.Amber)]
    [InlineData(false, AgeAnswer.Adult, Indicators.Injuries, RagRating.Amber)]
    [InlineData(false, AgeAnswer.Adult, Indicators.CannotLeave, RagRating.Amber)]
    [InlineData(false, AgeAnswer.Adult, Indicators.DocumentsHeldByOthers | Indicators.NoDaysOff, RagRating.Amber)]
    [InlineData(false, AgeAnswer.Adult, Indicators.CountyLines, RagRating.Amber)]
    [InlineData(false, AgeAnswer.Adult, Indicators.NoDaysOff | Indicators.LittleOrNoPay | Indicators.ExcessiveHours, RagRating.Green)]
    [InlineData(false, AgeAnswer.Adult, Indicators.None, RagRating.Green)]
    public void SuggestRag_DangerThenChildOrUrgentSigns(bool danger, AgeAnswer age, Indicators signs, RagRating expected) =>
        ConcernService.SuggestRag(danger, age, signs).ShouldBe(expected);
}
