using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases.Clocks;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

public sealed record RecordDecisionOptions(
    Guid CaseId,
    Guid? ReferralId,
    DecisionKind? Kind,
    DecisionOutcome? Outcome,
    DateOnly? DecidedOn,
    DecisionMaker? DecisionMaker);

public sealed record RequestReconsiderationOptions(
    Guid CaseId,
    Guid? DecisionId,
    ReconsiderationRequester? RequestedBy,
    string? RequesterName,
    DateOnly? RequestedOn,
    string? Grounds);

public sealed record ReconsiderationOutcomeOptions(
    Guid CaseId,
    Guid ReconsiderationId,
    ReconsiderationOutcome? Outcome,
    DateOnly? OutcomeOn,
    Guid Version);

public enum ReferralStatusChange
{
    Withdraw,
    Suspend,
    Resume,
}

public sealed record ReferralStatusOptions(Guid CaseId, Guid? ReferralId, ReferralStatusChange? Change, string? Reason, Guid Version);

public sealed record EscalateOptions(Guid CaseId, Guid? DecisionId, DateOnly? EscalatedOn, string? Concerns);

public sealed record EscalationOutcomeOptions(Guid CaseId, Guid EscalationId, string? Outcome, DateOnly? OutcomeOn, Guid Version);

/// <summary>
/// The Competent Authority's decisions on a referral and what follows them: reconsideration,
/// withdrawal and suspension, escalation to the safeguarding board. Decisions are never edited: a
/// reconsideration that overturns one adds the new decision beside it, so the history stays. The
/// caller has passed the case gate and may work the case.
/// </summary>
public sealed class DecisionService(AppDbContext db, AuditTrail audit, TimeProvider time, IActorSource actors)
{
    public const int MaxTextLength = 2_000;

    public const string ConflictMessage = "Someone else changed this while you were working on it. Check what it says now and try again";

    public async Task<AdminResult> RecordDecisionAsync(RecordDecisionOptions options, CancellationToken cancellationToken = default)
    {
        var referral = options.ReferralId is { } referralId
            ? await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId && r.CaseId == options.CaseId, cancellationToken)
            : null;
        if (referral is null)
        {
            return AdminResult.Fail(nameof(options.ReferralId), "Select the referral the decision is about");
        }

        if (referral.Kind == ReferralKind.DutyToNotify)
        {
            return AdminResult.Fail(nameof(options.ReferralId), "A Duty to Notify report gets no decision");
        }

        if (referral.Status != ReferralStatus.Submitted || referral.Kind != ReferralKind.Nrm)
        {
            return AdminResult.Fail(nameof(options.ReferralId), referral.Status switch
            {
                ReferralStatus.Suspended => "This referral is suspended. Resume it before recording a decision",
                ReferralStatus.Withdrawn => "This referral was withdrawn, so it gets no decision",
                _ => "Submit the referral before recording a decision",
            });
        }

        if (options.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return AdminResult.Fail(nameof(options.Kind), "Select which decision this is");
        }

        if (options.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            return AdminResult.Fail(nameof(options.Outcome), "Select the outcome of the decision");
        }

        if (options.DecidedOn is not { } decidedOn)
        {
            return AdminResult.Fail(nameof(options.DecidedOn), "Enter the date of the decision");
        }

        if (DateError(decidedOn, referral.ReferredOn, "decision", "the referral date") is { } dateError)
        {
            return AdminResult.Fail(nameof(options.DecidedOn), dateError);
        }

        if (options.DecisionMaker is not { } maker || !Enum.IsDefined(maker))
        {
            return AdminResult.Fail(nameof(options.DecisionMaker), "Select who made the decision");
        }

        var current = await CurrentDecisionsAsync(referral.Id, cancellationToken);
        if (current.FirstOrDefault(d => d.Kind == kind) is not null)
        {
            return AdminResult.Fail(nameof(options.Kind), $"A {DecisionText.Kind(kind).ToLowerInvariant()} decision is already recorded for this referral. If it was reconsidered, record the outcome of the reconsideration");
        }

        if (kind == DecisionKind.ConclusiveGrounds)
        {
            var rg = current.FirstOrDefault(d => d.Kind == DecisionKind.ReasonableGrounds);
            if (rg is null)
            {
                return AdminResult.Fail(nameof(options.Kind), "Record the reasonable grounds decision first");
            }

            if (rg.Outcome != DecisionOutcome.Positive)
            {
                return AdminResult.Fail(nameof(options.Kind), "A conclusive grounds decision can only follow a positive reasonable grounds decision");
            }

            // The 30-day recovery period binds the Competent Authorities (SCA, IECA). A devolved
            // panel decides children's reasonable and conclusive grounds together, often at one
            // meeting, so its conclusive grounds decision may be the same day as (never before) its
            // reasonable grounds one.
            var notBefore = maker == DecisionMaker.DevolvedPanel ? rg.DecidedOn : NrmClocks.ConclusiveGroundsNotBefore(rg.DecidedOn);
            if (decidedOn < notBefore)
            {
                return AdminResult.Fail(nameof(options.DecidedOn), maker == DecisionMaker.DevolvedPanel
                    ? $"The conclusive grounds decision cannot be earlier than the reasonable grounds decision on {DecisionText.Date(rg.DecidedOn)}"
                    : $"The conclusive grounds decision cannot be earlier than 30 days after the positive reasonable grounds decision on {DecisionText.Date(rg.DecidedOn)}");
            }
        }

        var decision = NewDecision(referral, kind, outcome, decidedOn, maker);

        // The referral's version guards "one decision of each kind": two people recording at once
        // cannot both pass the check above.
        referral.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, options.CaseId, DecisionText.Decision(kind, outcome, maker), AuditTrail.Changes(
            ("Referral", null, DecisionText.ReferralKind(referral.Kind)),
            ("Decided on", null, decidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        return await SaveAsync(nameof(options.Kind), decision.Id, cancellationToken);
    }

    public async Task<AdminResult> RequestReconsiderationAsync(RequestReconsiderationOptions options, CancellationToken cancellationToken = default)
    {
        var decision = options.DecisionId is { } decisionId
            ? await db.NrmDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId && d.CaseId == options.CaseId, cancellationToken)
            : null;
        if (decision is null)
        {
            return AdminResult.Fail(nameof(options.DecisionId), "Select the decision to be reconsidered");
        }

        if (decision.Outcome != DecisionOutcome.Negative)
        {
            return AdminResult.Fail(nameof(options.DecisionId), "Only a negative decision can be reconsidered");
        }

        if (!(await CurrentDecisionsAsync(decision.ReferralId, cancellationToken)).Any(d => d.Id == decision.Id))
        {
            return AdminResult.Fail(nameof(options.DecisionId), "This decision was overturned, so there is nothing to reconsider");
        }

        if (await db.Reconsiderations.AnyAsync(r => r.DecisionId == decision.Id && r.Outcome == ReconsiderationOutcome.Pending, cancellationToken))
        {
            return AdminResult.Fail(nameof(options.DecisionId), "A reconsideration of this decision is already waiting for an outcome");
        }

        if (options.RequestedBy is not { } requestedBy || !Enum.IsDefined(requestedBy))
        {
            return AdminResult.Fail(nameof(options.RequestedBy), "Select who asked for the reconsideration");
        }

        if (string.IsNullOrWhiteSpace(options.RequesterName))
        {
            return AdminResult.Fail(nameof(options.RequesterName), "Enter the name of the person who asked");
        }

        if (options.RequesterName.Trim().Length > 300)
        {
            return AdminResult.Fail(nameof(options.RequesterName), "The name must be 300 characters or fewer");
        }

        if (options.RequestedOn is not { } requestedOn)
        {
            return AdminResult.Fail(nameof(options.RequestedOn), "Enter the date the reconsideration was asked for");
        }

        if (DateError(requestedOn, decision.DecidedOn, "request", "the decision") is { } dateError)
        {
            return AdminResult.Fail(nameof(options.RequestedOn), dateError);
        }

        if (string.IsNullOrWhiteSpace(options.Grounds))
        {
            return AdminResult.Fail(nameof(options.Grounds), "Enter why the decision should be reconsidered");
        }

        if (options.Grounds.Length > ReferralAnswers.MaxText)
        {
            return AdminResult.Fail(nameof(options.Grounds), $"The grounds must be {ReferralAnswers.MaxText} characters or fewer");
        }

        var reconsideration = new Reconsideration
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = options.CaseId,
            DecisionId = decision.Id,
            RequestedBy = requestedBy,
            RequesterName = options.RequesterName.Trim(),
            RequestedOn = requestedOn,
            Grounds = options.Grounds.Trim(),
            Outcome = ReconsiderationOutcome.Pending,
            RecordedAt = time.GetUtcNow(),
            RecordedByUserId = actors.Current.UserId ?? Guid.Empty,
            Version = Guid.NewGuid(),
        };
        db.Reconsiderations.Add(reconsideration);
        audit.Record(CaseAccess.ResourceType, options.CaseId, "Reconsideration requested", AuditTrail.Changes(
            ("Decision", null, DecisionText.Decision(decision.Kind, decision.Outcome, decision.DecisionMaker)),
            ("Asked by", null, DecisionText.Requester(requestedBy))));
        return await SaveAsync(nameof(options.DecisionId), reconsideration.Id, cancellationToken);
    }

    public async Task<AdminResult> RecordReconsiderationOutcomeAsync(ReconsiderationOutcomeOptions options, CancellationToken cancellationToken = default)
    {
        var reconsideration = await db.Reconsiderations.SingleOrDefaultAsync(r => r.Id == options.ReconsiderationId && r.CaseId == options.CaseId, cancellationToken);
        if (reconsideration is null)
        {
            return AdminResult.Fail(nameof(options.Outcome), "This reconsideration no longer exists");
        }

        if (reconsideration.Version != options.Version || reconsideration.Outcome != ReconsiderationOutcome.Pending)
        {
            return AdminResult.Fail(nameof(options.Outcome), ConflictMessage);
        }

        if (options.Outcome is not ({ } outcome and (ReconsiderationOutcome.Upheld or ReconsiderationOutcome.Overturned)))
        {
            return AdminResult.Fail(nameof(options.Outcome), "Select the outcome of the reconsideration");
        }

        if (options.OutcomeOn is not { } outcomeOn)
        {
            return AdminResult.Fail(nameof(options.OutcomeOn), "Enter the date of the outcome");
        }

        if (DateError(outcomeOn, reconsideration.RequestedOn, "outcome", "the request") is { } dateError)
        {
            return AdminResult.Fail(nameof(options.OutcomeOn), dateError);
        }

        var decision = await db.NrmDecisions.AsNoTracking().SingleAsync(d => d.Id == reconsideration.DecisionId, cancellationToken);
        reconsideration.Outcome = outcome;
        reconsideration.OutcomeOn = outcomeOn;
        reconsideration.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, options.CaseId, outcome == ReconsiderationOutcome.Upheld ? "Reconsideration: decision upheld" : "Reconsideration: decision overturned", AuditTrail.Changes(
            ("Decision", null, DecisionText.Decision(decision.Kind, decision.Outcome, decision.DecisionMaker)),
            ("Outcome on", null, outcomeOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        if (outcome == ReconsiderationOutcome.Overturned)
        {
            var referral = await db.Referrals.SingleAsync(r => r.Id == decision.ReferralId, cancellationToken);
            var changed = decision.Outcome == DecisionOutcome.Negative ? DecisionOutcome.Positive : DecisionOutcome.Negative;
            NewDecision(referral, decision.Kind, changed, outcomeOn, decision.DecisionMaker);
            referral.Version = Guid.NewGuid();
            audit.Record(CaseAccess.ResourceType, options.CaseId, DecisionText.Decision(decision.Kind, changed, decision.DecisionMaker), AuditTrail.Changes(
                ("Referral", null, DecisionText.ReferralKind(referral.Kind)),
                ("Decided on", null, outcomeOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))), "After reconsideration");
        }

        return await SaveAsync(nameof(options.Outcome), reconsideration.Id, cancellationToken);
    }

    public Task<AdminResult> WithdrawAsync(Guid caseId, Guid? referralId, string? reason, Guid version, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(new ReferralStatusOptions(caseId, referralId, ReferralStatusChange.Withdraw, reason, version), cancellationToken);

    public Task<AdminResult> SuspendAsync(Guid caseId, Guid? referralId, string? reason, Guid version, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(new ReferralStatusOptions(caseId, referralId, ReferralStatusChange.Suspend, reason, version), cancellationToken);

    public Task<AdminResult> ResumeAsync(Guid caseId, Guid? referralId, string? reason, Guid version, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(new ReferralStatusOptions(caseId, referralId, ReferralStatusChange.Resume, reason, version), cancellationToken);

    /// <summary>Withdraws, suspends or resumes a submitted referral, with the reason on the timeline.</summary>
    public async Task<AdminResult> ChangeStatusAsync(ReferralStatusOptions options, CancellationToken cancellationToken = default)
    {
        var referral = options.ReferralId is { } referralId
            ? await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId && r.CaseId == options.CaseId, cancellationToken)
            : null;
        if (referral is null || referral.Status == ReferralStatus.Draft)
        {
            return AdminResult.Fail(nameof(options.ReferralId), "Select a submitted referral");
        }

        if (referral.Version != options.Version)
        {
            return AdminResult.Fail(nameof(options.Change), ConflictMessage);
        }

        if (options.Change is not { } change || !Enum.IsDefined(change))
        {
            return AdminResult.Fail(nameof(options.Change), "Select what you want to do with the referral");
        }

        var (from, to, done) = change switch
        {
            ReferralStatusChange.Withdraw => (new[] { ReferralStatus.Submitted, ReferralStatus.Suspended }, ReferralStatus.Withdrawn, "withdrawn"),
            ReferralStatusChange.Suspend => (new[] { ReferralStatus.Submitted }, ReferralStatus.Suspended, "suspended"),
            _ => (new[] { ReferralStatus.Suspended }, ReferralStatus.Submitted, "resumed"),
        };
        if (!from.Contains(referral.Status))
        {
            return AdminResult.Fail(nameof(options.Change), change switch
            {
                ReferralStatusChange.Withdraw => "This referral is already withdrawn",
                ReferralStatusChange.Suspend => "Only a submitted referral that is not withdrawn can be suspended",
                _ => "Only a suspended referral can be resumed",
            });
        }

        if (string.IsNullOrWhiteSpace(options.Reason))
        {
            return AdminResult.Fail(nameof(options.Reason), change switch
            {
                ReferralStatusChange.Withdraw => "Enter why the referral is being withdrawn",
                ReferralStatusChange.Suspend => "Enter why the referral is being suspended",
                _ => "Enter why the referral is being resumed",
            });
        }

        if (options.Reason.Length > MaxTextLength)
        {
            return AdminResult.Fail(nameof(options.Reason), $"The reason must be {MaxTextLength} characters or fewer");
        }

        var old = referral.Status;
        referral.Status = to;
        referral.StatusChangedAt = time.GetUtcNow();
        referral.StatusReason = options.Reason.Trim();
        referral.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, options.CaseId, $"{DecisionText.ReferralKind(referral.Kind)} {done}", AuditTrail.Changes(
            ("Status", old, to)), referral.StatusReason);
        return await SaveAsync(nameof(options.Change), referral.Id, cancellationToken);
    }

    /// <summary>The NRM said no and concerns remain: to the board the case's route belongs to.</summary>
    public async Task<AdminResult> EscalateAsync(EscalateOptions options, CancellationToken cancellationToken = default)
    {
        var route = await db.Cases.Where(c => c.Id == options.CaseId).Select(c => (CaseRoute?)c.Route).SingleOrDefaultAsync(cancellationToken);
        if (route is null)
        {
            return AdminResult.Fail(nameof(options.DecisionId), "This case no longer exists");
        }

        var negatives = await CurrentNegativeDecisionsAsync(options.CaseId, cancellationToken);
        if (negatives.Count == 0)
        {
            return AdminResult.Fail(nameof(options.DecisionId), "A case can only be escalated after a negative decision");
        }

        var decision = negatives.FirstOrDefault(d => d.Id == options.DecisionId);
        if (decision is null)
        {
            return AdminResult.Fail(nameof(options.DecisionId), "Select the negative decision");
        }

        if (await db.Escalations.AnyAsync(e => e.DecisionId == decision.Id && e.OutcomeOn == null, cancellationToken))
        {
            return AdminResult.Fail(nameof(options.DecisionId), "This decision is already escalated and waiting for the board's outcome");
        }

        if (options.EscalatedOn is not { } escalatedOn)
        {
            return AdminResult.Fail(nameof(options.EscalatedOn), "Enter the date of the escalation");
        }

        if (DateError(escalatedOn, decision.DecidedOn, "escalation", "the decision") is { } dateError)
        {
            return AdminResult.Fail(nameof(options.EscalatedOn), dateError);
        }

        if (string.IsNullOrWhiteSpace(options.Concerns))
        {
            return AdminResult.Fail(nameof(options.Concerns), "Enter the concerns that remain");
        }

        if (options.Concerns.Length > ReferralAnswers.MaxText)
        {
            return AdminResult.Fail(nameof(options.Concerns), $"The concerns must be {ReferralAnswers.MaxText} characters or fewer");
        }

        var board = DecisionText.BoardFor(route.Value);
        var escalation = new Escalation
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = options.CaseId,
            DecisionId = decision.Id,
            Board = board,
            EscalatedOn = escalatedOn,
            Concerns = options.Concerns.Trim(),
            RecordedAt = time.GetUtcNow(),
            RecordedByUserId = actors.Current.UserId ?? Guid.Empty,
            Version = Guid.NewGuid(),
        };
        db.Escalations.Add(escalation);
        audit.Record(CaseAccess.ResourceType, options.CaseId, $"Escalated to the {DecisionText.Board(board)}", AuditTrail.Changes(
            ("Decision", null, DecisionText.Decision(decision.Kind, decision.Outcome, decision.DecisionMaker))));
        return await SaveAsync(nameof(options.DecisionId), escalation.Id, cancellationToken);
    }

    public async Task<AdminResult> RecordEscalationOutcomeAsync(EscalationOutcomeOptions options, CancellationToken cancellationToken = default)
    {
        var escalation = await db.Escalations.SingleOrDefaultAsync(e => e.Id == options.EscalationId && e.CaseId == options.CaseId, cancellationToken);
        if (escalation is null)
        {
            return AdminResult.Fail(nameof(options.Outcome), "This escalation no longer exists");
        }

        if (escalation.Version != options.Version)
        {
            return AdminResult.Fail(nameof(options.Outcome), ConflictMessage);
        }

        if (string.IsNullOrWhiteSpace(options.Outcome))
        {
            return AdminResult.Fail(nameof(options.Outcome), "Enter what the board decided");
        }

        if (options.Outcome.Length > MaxTextLength)
        {
            return AdminResult.Fail(nameof(options.Outcome), $"The outcome must be {MaxTextLength} characters or fewer");
        }

        if (options.OutcomeOn is not { } outcomeOn)
        {
            return AdminResult.Fail(nameof(options.OutcomeOn), "Enter the date of the board's outcome");
        }

        if (DateError(outcomeOn, escalation.EscalatedOn, "outcome", "the escalation") is { } dateError)
        {
            return AdminResult.Fail(nameof(options.OutcomeOn), dateError);
        }

        var changes = AuditTrail.Changes(("Outcome on", escalation.OutcomeOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), outcomeOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        escalation.Outcome = options.Outcome.Trim();
        escalation.OutcomeOn = outcomeOn;
        escalation.Version = Guid.NewGuid();
        audit.Record(CaseAccess.ResourceType, options.CaseId, $"Outcome from the {DecisionText.Board(escalation.Board)} recorded", changes);
        return await SaveAsync(nameof(options.Outcome), escalation.Id, cancellationToken);
    }

    /// <summary>A referral's decisions that stand: those no reconsideration has overturned.</summary>
    public Task<List<NrmDecision>> CurrentDecisionsAsync(Guid referralId, CancellationToken cancellationToken = default) =>
        Standing(db.NrmDecisions.AsNoTracking().Where(d => d.ReferralId == referralId)).ToListAsync(cancellationToken);

    /// <summary>The standing negative decisions on a case: what can be reconsidered or escalated.</summary>
    public Task<List<NrmDecision>> CurrentNegativeDecisionsAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        Standing(db.NrmDecisions.AsNoTracking().Where(d => d.CaseId == caseId && d.Outcome == DecisionOutcome.Negative))
            .OrderByDescending(d => d.DecidedOn).ToListAsync(cancellationToken);

    private IQueryable<NrmDecision> Standing(IQueryable<NrmDecision> decisions) =>
        decisions.Where(d => !db.Reconsiderations.Any(r => r.DecisionId == d.Id && r.Outcome == ReconsiderationOutcome.Overturned));

    private NrmDecision NewDecision(Referral referral, DecisionKind kind, DecisionOutcome outcome, DateOnly decidedOn, DecisionMaker maker)
    {
        var decision = new NrmDecision
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            CaseId = referral.CaseId,
            ReferralId = referral.Id,
            Kind = kind,
            Outcome = outcome,
            DecidedOn = decidedOn,
            DecisionMaker = maker,
            RecordedAt = time.GetUtcNow(),
            RecordedByUserId = actors.Current.UserId ?? Guid.Empty,
        };
        db.NrmDecisions.Add(decision);
        return decision;
    }

    /// <summary>A date must not be in the future, nor before what it follows.</summary>
    private string? DateError(DateOnly date, DateOnly? notBefore, string what, string after)
    {
        if (date > UkTime.Today(time))
        {
            return $"The date of the {what} must be today or in the past";
        }

        return notBefore is { } earliest && date < earliest
            ? $"The date of the {what} must be the same as or after {after} on {DecisionText.Date(earliest)}"
            : null;
    }

    private async Task<AdminResult> SaveAsync(string field, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AdminResult.Fail(field, ConflictMessage);
        }

        return AdminResult.Ok(id);
    }
}
