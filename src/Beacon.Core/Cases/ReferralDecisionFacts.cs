using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Beacon.Core.Cases;

/// <summary>
/// Keeps a referral's decision dates (<see cref="Referral.ReasonableGroundsOn"/> and the rest) in step
/// with its decisions on every save, whatever page, service or import adds a decision. Decisions are
/// never changed or removed (a changed decision is a new one), so each new decision can only make a
/// date earlier or fill one in.
/// </summary>
public static class ReferralDecisionFacts
{
    public static void Apply(ChangeTracker changes, Func<Guid, Referral?> find)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(find);
        foreach (var decision in changes.Entries<NrmDecision>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).OrderBy(d => d.DecidedOn).ToList())
        {
            var referral = changes.Entries<Referral>().FirstOrDefault(e => e.Entity.Id == decision.ReferralId)?.Entity ?? find(decision.ReferralId);
            if (referral is not null)
            {
                Record(referral, decision);
            }
        }
    }

    public static void Record(Referral referral, NrmDecision decision)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Kind == DecisionKind.ReasonableGrounds)
        {
            if (referral.ReasonableGroundsOn is null || decision.DecidedOn < referral.ReasonableGroundsOn)
            {
                referral.ReasonableGroundsOn = decision.DecidedOn;
                referral.ReasonableGroundsOutcome = decision.Outcome;
            }

            if (decision.Outcome == DecisionOutcome.Positive && (referral.PositiveReasonableGroundsOn is null || decision.DecidedOn < referral.PositiveReasonableGroundsOn))
            {
                referral.PositiveReasonableGroundsOn = decision.DecidedOn;
            }
        }
        else if (referral.ConclusiveGroundsOn is null || decision.DecidedOn < referral.ConclusiveGroundsOn)
        {
            referral.ConclusiveGroundsOn = decision.DecidedOn;
            referral.ConclusiveGroundsOutcome = decision.Outcome;
        }
    }
}
