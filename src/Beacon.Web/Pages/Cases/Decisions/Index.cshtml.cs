using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Cases.Clocks;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Decisions;

/// <summary>The case's referrals with their clocks, the decisions on them, reconsiderations and escalations.</summary>
public class IndexModel(AppDbContext db, CurrentUser currentUser, TimeProvider time) : CaseWorkPageModel(db, currentUser)
{
    public IReadOnlyList<ReferralRow> Referrals { get; private set; } = [];

    public IReadOnlyList<ReconsiderationRow> Reconsiderations { get; private set; } = [];

    public IReadOnlyList<EscalationRow> Escalations { get; private set; } = [];

    public Safeguarding.ActionsTable Actions { get; private set; } = Safeguarding.ActionsTable.Empty;

    public bool SeesSafeguarding { get; private set; }

    public DateOnly Today { get; private set; }

    public bool HasNegative => Referrals.SelectMany(r => r.Decisions).Any(d => d.Standing && d.Outcome == DecisionOutcome.Negative);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync(CaseSections.Decisions, toChange: false) is { } refused)
        {
            return refused;
        }

        Today = UkTime.Today(time);
        var referrals = await Db.Referrals.AsNoTracking()
            .Where(r => r.CaseId == CaseId && r.Status != ReferralStatus.Draft)
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new { r.Id, r.Kind, r.Status, r.ReferredOn, r.DecisionMaker, r.NationalReference, r.StatusReason, r.StatusChangedAt, r.PreviousReferralId, r.Version })
            .ToListAsync();
        var decisions = await Db.NrmDecisions.AsNoTracking().Where(d => d.CaseId == CaseId)
            .Select(d => new DecisionRow(d.Id, d.ReferralId, d.Kind, d.Outcome, d.DecidedOn, d.DecisionMaker, d.RecordedAt,
                !Db.Reconsiderations.Any(x => x.DecisionId == d.Id && x.Outcome == ReconsiderationOutcome.Overturned)))
            .ToListAsync();
        Referrals = [.. referrals.Select(r =>
        {
            var own = decisions.Where(d => d.ReferralId == r.Id).OrderBy(d => d.DecidedOn).ThenBy(d => d.Kind).ThenBy(d => d.Standing).ToList();
            return new ReferralRow(r.Id, r.Kind, r.Status, r.ReferredOn, r.DecisionMaker, r.NationalReference, r.StatusReason, r.StatusChangedAt, r.PreviousReferralId, own, Clocks(r.Kind, r.Status, r.ReferredOn, r.DecisionMaker, own));
        })];
        Reconsiderations = await (
            from x in Db.Reconsiderations.AsNoTracking()
            where x.CaseId == CaseId
            join d in Db.NrmDecisions on x.DecisionId equals d.Id
            orderby x.RequestedOn descending
            select new ReconsiderationRow(x.Id, DecisionText.Decision(d.Kind, d.Outcome, d.DecisionMaker), x.RequestedBy, x.RequesterName, x.RequestedOn, x.Grounds, x.Outcome, x.OutcomeOn))
            .ToListAsync();
        Escalations = await Db.Escalations.AsNoTracking().Where(e => e.CaseId == CaseId).OrderByDescending(e => e.EscalatedOn)
            .Select(e => new EscalationRow(e.Id, e.Board, e.EscalatedOn, e.Concerns, e.Outcome, e.OutcomeOn)).ToListAsync();
        SeesSafeguarding = HttpContext.CaseGrant().Sees(CaseSections.Safeguarding);
        if (SeesSafeguarding)
        {
            Actions = await Safeguarding.ActionsTable.ReadAsync(Db, CaseId, CanWork, time.GetUtcNow(), openOnly: true);
        }

        return Page();
    }

    /// <summary>What the clocks say for one referral, as lines for the page.</summary>
    private List<Clock> Clocks(ReferralKind? kind, ReferralStatus status, DateOnly? referredOn, DecisionMaker maker, List<DecisionRow> decisions)
    {
        var clocks = new List<Clock>();
        if (kind != ReferralKind.Nrm || status != ReferralStatus.Submitted || referredOn is not { } referred)
        {
            return clocks;
        }

        var rg = decisions.FirstOrDefault(d => d.Standing && d.Kind == DecisionKind.ReasonableGrounds);
        if (rg is null)
        {
            var due = NrmClocks.ReasonableGroundsDue(referred, maker);
            clocks.Add(new Clock("rg-due", $"Reasonable grounds decision due {DecisionText.Date(due)} ({ClockText.Until(Today, due, maker != DecisionMaker.DevolvedPanel)})", due < Today));
        }
        else if (rg.Outcome == DecisionOutcome.Positive && !decisions.Any(d => d.Standing && d.Kind == DecisionKind.ConclusiveGrounds))
        {
            // A devolved panel may decide conclusive grounds with its reasonable grounds decision.
            var from = maker == DecisionMaker.DevolvedPanel && rg.DecisionMaker == DecisionMaker.DevolvedPanel ? rg.DecidedOn : NrmClocks.ConclusiveGroundsNotBefore(rg.DecidedOn);
            clocks.Add(new Clock("cg-earliest", from <= Today
                ? $"Conclusive grounds decision possible since {DecisionText.Date(from)}: waiting"
                : $"Conclusive grounds decision not before {DecisionText.Date(from)} (recovery period)", false));
        }

        return clocks;
    }

    public sealed record Clock(string Id, string Text, bool Overdue);

    public sealed record DecisionRow(Guid Id, Guid ReferralId, DecisionKind Kind, DecisionOutcome Outcome, DateOnly DecidedOn, DecisionMaker DecisionMaker, DateTimeOffset RecordedAt, bool Standing);

    public sealed record ReferralRow(Guid Id, ReferralKind? Kind, ReferralStatus Status, DateOnly? ReferredOn, DecisionMaker DecisionMaker, string? NationalReference, string? StatusReason, DateTimeOffset? StatusChangedAt, Guid? PreviousReferralId, IReadOnlyList<DecisionRow> Decisions, IReadOnlyList<Clock> Clocks);

    public sealed record ReconsiderationRow(Guid Id, string Decision, ReconsiderationRequester RequestedBy, string RequesterName, DateOnly RequestedOn, string Grounds, ReconsiderationOutcome Outcome, DateOnly? OutcomeOn);

    public sealed record EscalationRow(Guid Id, EscalationBoard Board, DateOnly EscalatedOn, string Concerns, string? Outcome, DateOnly? OutcomeOn);
}

/// <summary>Clock wording shared by the decisions page and the trays.</summary>
public static class ClockText
{
    /// <summary>"in 2 working days", "today", "overdue by 3 working days".</summary>
    public static string Until(DateOnly today, DateOnly due, bool workingDays)
    {
        if (due == today)
        {
            return "due today";
        }

        var count = workingDays ? Math.Abs(WorkingDays.Between(today, due)) : Math.Abs(due.DayNumber - today.DayNumber);
        var unit = (workingDays ? "working day" : "day") + (count == 1 ? string.Empty : "s");
        return due > today ? $"in {count} {unit}" : $"overdue by {count} {unit}";
    }
}
