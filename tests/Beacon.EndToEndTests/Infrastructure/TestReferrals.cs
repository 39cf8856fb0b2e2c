using Beacon.Core.Cases;
using Beacon.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.EndToEndTests.Infrastructure;

public static partial class TestData
{
    /// <summary>
    /// Submitted referrals made by <paramref name="team"/> on the given days, on one case, as the
    /// area's picture counts them: a child's NRM referral, or an adult's Duty to Notify report.
    /// </summary>
    public static async Task SeedReferralsAsync(this LiveApp app, TestOrganisation team, TestUser worker, IEnumerable<(DateOnly ReferredOn, ReferralKind Kind)> referrals)
    {
        var @case = await app.CreateCaseAsync(team, worker);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = Beacon.Core.Access.AccessScope.ForSystem();
        foreach (var (referredOn, kind) in referrals)
        {
            var adult = kind == ReferralKind.DutyToNotify;
            db.Referrals.Add(new Referral
            {
                Id = Guid.NewGuid(),
                CaseId = @case.Id,
                Kind = kind,
                Status = ReferralStatus.Submitted,
                AnswersJson = "{}",
                UnderEighteen = adult ? AgeAnswer.Adult : AgeAnswer.Under18,
                UnderEighteenAtExploitation = adult ? AgeAnswer.Adult : AgeAnswer.Under18,
                ConsentGiven = adult ? false : null,
                ExplanationsGiven = adult ? ConsentExplanations.All : ConsentExplanations.None,
                Exploitation = adult ? ExploitationComponents.ForcedWorkForLittleOrNoPay : ExploitationComponents.ForcedCriminality,
                ExploitedIn = ExploitedIn.Uk,
                Gender = Gender.Male,
                NationalityCode = "British",
                StartedAt = DateTimeOffset.UtcNow,
                StartedByUserId = worker.Id,
                SubmittedAt = DateTimeOffset.UtcNow,
                SubmittedByUserId = worker.Id,
                ReferredOn = referredOn,
                AreaId = team.AreaId,
                Route = adult ? CaseRoute.Adult : CaseRoute.Child,
                FirstResponderOrganisationId = team.Id,
                FirstResponderTeamId = team.TeamId,
                Version = Guid.NewGuid(),
            });
        }

        await db.SaveChangesAsync();
    }
}
