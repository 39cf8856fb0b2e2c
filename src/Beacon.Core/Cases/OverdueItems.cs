using Beacon.Core.Audit;
using Beacon.Core.Cases.Clocks;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

public enum OverdueKind
{
    /// <summary>A submitted NRM referral with no reasonable grounds decision by its due day.</summary>
    ReasonableGrounds,

    /// <summary>Informational: the recovery period is over, a conclusive grounds decision may come.</summary>
    ConclusiveGroundsPossible,

    /// <summary>A reconsideration with no outcome after <see cref="OverdueItems.ReconsiderationWaitDays"/> days.</summary>
    Reconsideration,

    SafeguardingAction,
}

/// <summary>
/// One thing on a case that is late or nearly due. No personal data: the case reference and what is
/// due, so it can go in a tray, a list or an email.
/// </summary>
public sealed record OverdueItem(
    OverdueKind Kind,
    Guid CaseId,
    string CaseReference,
    Guid ItemId,
    Guid OwningTeamId,
    Guid? OwnerUserId,
    DateTimeOffset DueAt,
    bool IsOverdue,
    string What)
{
    /// <summary>Where on the case the item is worked.</summary>
    public string Path => Kind == OverdueKind.SafeguardingAction ? $"/cases/{CaseId}/safeguarding" : $"/cases/{CaseId}/decisions";

    /// <summary>Reminders go for what is late and needs someone to act, not for what is informational.</summary>
    public bool NeedsReminder => IsOverdue && Kind != OverdueKind.ConclusiveGroundsPossible;

    /// <summary>The reminder's key: one email per item per UK day.</summary>
    public string ReminderKey(DateOnly day) => Kind switch
    {
        OverdueKind.ReasonableGrounds => "rg-overdue",
        OverdueKind.ConclusiveGroundsPossible => "cg-possible",
        OverdueKind.Reconsideration => "reconsideration-overdue",
        _ => "action-overdue",
    } + $"/{ItemId}/{day:yyyy-MM-dd}";
}

/// <summary>
/// What is late or due soon on open cases, for a worker's and a team's trays and for the daily
/// reminders. Works through the query filter, so a user only ever gets their visible cases. Each
/// query starts from an index on the cases (assigned worker, or owning team, with status) or on the
/// actions (owner, status, due), then reaches referrals and decisions by their case and referral
/// indexes: no scan of every referral per tray view.
/// </summary>
public sealed class OverdueItems(AppDbContext db, TimeProvider time)
{
    /// <summary>How long a reconsideration may wait for its outcome before it shows as late.</summary>
    public const int ReconsiderationWaitDays = 30;

    /// <summary>An NRM decision due within this many working days shows as due soon.</summary>
    public const int DueSoonWorkingDays = 2;

    /// <summary>A safeguarding action due within this time shows as due soon.</summary>
    public static readonly TimeSpan ActionDueSoon = TimeSpan.FromHours(24);

    /// <summary>The worker's: cases assigned to them, and actions they own on any visible case.</summary>
    public Task<List<OverdueItem>> ForWorkerAsync(Guid userId, DateTimeOffset? now = null, CancellationToken cancellationToken = default) =>
        FindAsync(
            now ?? time.GetUtcNow(),
            db.Cases.Where(c => c.AssignedWorkerId == userId && c.Status == CaseStatus.Open),
            db.SafeguardingActions.Where(a => a.OwnerUserId == userId && (a.Status == SafeguardingActionStatus.NotStarted || a.Status == SafeguardingActionStatus.InProgress)),
            cancellationToken);

    /// <summary>The team's: every open case the team owns.</summary>
    public Task<List<OverdueItem>> ForTeamAsync(Guid teamId, DateTimeOffset? now = null, CancellationToken cancellationToken = default)
    {
        var cases = db.Cases.Where(c => c.OwningTeamId == teamId && c.Status == CaseStatus.Open);
        return FindAsync(
            now ?? time.GetUtcNow(),
            cases,
            db.SafeguardingActions.Where(a => (a.Status == SafeguardingActionStatus.NotStarted || a.Status == SafeguardingActionStatus.InProgress) && cases.Any(c => c.Id == a.CaseId)),
            cancellationToken);
    }

    /// <summary>Everything visible (the reminder job runs with the system scope).</summary>
    public Task<List<OverdueItem>> AllAsync(DateTimeOffset? now = null, CancellationToken cancellationToken = default)
    {
        var cases = db.Cases.Where(c => c.Status == CaseStatus.Open);
        return FindAsync(
            now ?? time.GetUtcNow(),
            cases,
            db.SafeguardingActions.Where(a => (a.Status == SafeguardingActionStatus.NotStarted || a.Status == SafeguardingActionStatus.InProgress) && cases.Any(c => c.Id == a.CaseId)),
            cancellationToken);
    }

    /// <summary>The first referral day whose reasonable grounds decision is due on or after <paramref name="day"/>.</summary>
    public static DateOnly FirstReferredOnDueFrom(DateOnly day, DecisionMaker maker)
    {
        if (maker == DecisionMaker.DevolvedPanel)
        {
            return day.AddDays(-NrmClocks.DevolvedPanelReasonableGroundsCalendarDays);
        }

        // Due days never go backwards as the referral day moves on, so walk up from well before.
        var candidate = day.AddDays(-(NrmClocks.ReasonableGroundsWorkingDays * 2) - 14);
        while (NrmClocks.ReasonableGroundsDue(candidate, maker) < day)
        {
            candidate = candidate.AddDays(1);
        }

        return candidate;
    }

    private async Task<List<OverdueItem>> FindAsync(DateTimeOffset now, IQueryable<Case> cases, IQueryable<SafeguardingAction> actions, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        var soonDay = WorkingDays.Add(today, DueSoonWorkingDays);

        // Referrals due on or before the "due soon" day, for each timescale.
        var authorityCutoff = FirstReferredOnDueFrom(soonDay.AddDays(1), DecisionMaker.SingleCompetentAuthority);
        var panelCutoff = FirstReferredOnDueFrom(soonDay.AddDays(1), DecisionMaker.DevolvedPanel);
        var items = new List<OverdueItem>();

        var waitingForRg = await (
            from c in cases
            join r in db.Referrals on c.Id equals r.CaseId
            where r.Status == ReferralStatus.Submitted && r.Kind == ReferralKind.Nrm && r.ReferredOn != null
            where (r.DecisionMaker == DecisionMaker.DevolvedPanel && r.ReferredOn < panelCutoff) || (r.DecisionMaker != DecisionMaker.DevolvedPanel && r.ReferredOn < authorityCutoff)
            where !db.NrmDecisions.Any(d => d.ReferralId == r.Id && d.Kind == DecisionKind.ReasonableGrounds)
            select new { c.Id, c.Reference, c.OwningTeamId, c.AssignedWorkerId, ReferralId = r.Id, r.ReferredOn, r.DecisionMaker })
            .AsNoTracking().ToListAsync(cancellationToken);
        foreach (var r in waitingForRg)
        {
            var due = NrmClocks.ReasonableGroundsDue(r.ReferredOn!.Value, r.DecisionMaker);
            var late = due < today;
            var what = late
                ? $"Reasonable grounds decision overdue: due {DecisionText.Date(due)}"
                : $"Reasonable grounds decision due {DecisionText.Date(due)}";
            items.Add(new OverdueItem(OverdueKind.ReasonableGrounds, r.Id, r.Reference, r.ReferralId, r.OwningTeamId, r.AssignedWorkerId, SafeguardingService.EndOf(due), late, what));
        }

        // Positive reasonable grounds, recovery period over, no conclusive grounds yet: informational.
        var recoveredBefore = today.AddDays(-NrmClocks.ConclusiveGroundsMinimumCalendarDays + 1);
        var waitingForCg = await (
            from c in cases
            join r in db.Referrals on c.Id equals r.CaseId
            where r.Status == ReferralStatus.Submitted && r.Kind == ReferralKind.Nrm
            join d in db.NrmDecisions on r.Id equals d.ReferralId
            where d.Kind == DecisionKind.ReasonableGrounds && d.Outcome == DecisionOutcome.Positive && d.DecidedOn < recoveredBefore
            where !db.Reconsiderations.Any(x => x.DecisionId == d.Id && x.Outcome == ReconsiderationOutcome.Overturned)
            where !db.NrmDecisions.Any(x => x.ReferralId == r.Id && x.Kind == DecisionKind.ConclusiveGrounds)
            select new { c.Id, c.Reference, c.OwningTeamId, c.AssignedWorkerId, ReferralId = r.Id, d.DecidedOn })
            .AsNoTracking().ToListAsync(cancellationToken);
        foreach (var r in waitingForCg)
        {
            var from = NrmClocks.ConclusiveGroundsNotBefore(r.DecidedOn);
            items.Add(new OverdueItem(OverdueKind.ConclusiveGroundsPossible, r.Id, r.Reference, r.ReferralId, r.OwningTeamId, r.AssignedWorkerId, UkTime.StartOf(from), false,
                $"Waiting for the conclusive grounds decision: possible since {DecisionText.Date(from)}"));
        }

        var askedBefore = today.AddDays(-ReconsiderationWaitDays);
        var waitingForReconsideration = await (
            from c in cases
            join x in db.Reconsiderations on c.Id equals x.CaseId
            where x.Outcome == ReconsiderationOutcome.Pending && x.RequestedOn < askedBefore
            select new { CaseId = c.Id, c.Reference, c.OwningTeamId, c.AssignedWorkerId, ReconsiderationId = x.Id, x.RequestedOn })
            .AsNoTracking().ToListAsync(cancellationToken);
        foreach (var x in waitingForReconsideration)
        {
            items.Add(new OverdueItem(OverdueKind.Reconsideration, x.CaseId, x.Reference, x.ReconsiderationId, x.OwningTeamId, x.AssignedWorkerId,
                SafeguardingService.EndOf(x.RequestedOn.AddDays(ReconsiderationWaitDays)), true,
                $"Reconsideration asked for on {DecisionText.Date(x.RequestedOn)} has no outcome after {ReconsiderationWaitDays} days"));
        }

        var soon = now + ActionDueSoon;
        var dueActions = await (
            from a in actions
            where a.DueAt < soon
            join c in db.Cases on a.CaseId equals c.Id
            where c.Status == CaseStatus.Open
            select new { c.Id, c.Reference, c.OwningTeamId, ActionId = a.Id, a.OwnerUserId, a.Kind, a.DueAt })
            .AsNoTracking().ToListAsync(cancellationToken);
        foreach (var a in dueActions)
        {
            var late = a.DueAt < now;
            var when = UkTime.ToUk(a.DueAt).ToString("d MMMM yyyy 'at' h:mmtt", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
            items.Add(new OverdueItem(OverdueKind.SafeguardingAction, a.Id, a.Reference, a.ActionId, a.OwningTeamId, a.OwnerUserId, a.DueAt, late,
                $"{DecisionText.ActionKind(a.Kind)} {(late ? "overdue: was due" : "due")} {when}"));
        }

        return [.. items.OrderByDescending(i => i.IsOverdue).ThenBy(i => i.DueAt).ThenBy(i => i.CaseReference, StringComparer.Ordinal)];
    }
}
