using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases;

/// <summary>One case's overview. The case access filter has already decided it may be seen, and logged the look.</summary>
public class ViewModel(AppDbContext db, CurrentUser currentUser, TimeProvider time) : CasePageModel(db, currentUser)
{
    public const int LatestNotes = 3;

    public CaseView Case { get; private set; } = null!;

    public CaseSummary Summary { get; private set; } = null!;

    public IReadOnlyList<ConcernRow> Concerns { get; private set; } = [];

    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];

    /// <summary>Set when a child-route case's person has turned 18: the worker decides whether to move it.</summary>
    public DateOnly? TurnedEighteenOn { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await OpenAsync(CaseSections.None);
        var grant = Header.Grant;
        Case = await CaseView.ReadAsync(Db, grant, HttpContext.RequestAborted);
        var referrals = grant.Sees(CaseSections.Referral);
        var decisions = grant.Sees(CaseSections.Decisions);
        var row = await (
            from c in Db.Cases.AsNoTracking()
            where c.Id == CaseId
            join t in Db.Teams on c.OwningTeamId equals t.Id
            join o in Db.Organisations on c.OwningOrganisationId equals o.Id
            join w in Db.Users on c.AssignedWorkerId equals w.Id into workers
            from w in workers.DefaultIfEmpty()
            select new { Team = t.Name + ", " + o.Name, Worker = w != null ? w.DisplayName : null, c.CreatedAt, c.ClosedAt, c.ClosureOutcome, c.RetainUntil })
            .SingleAsync(HttpContext.RequestAborted);

        // Separate small queries by case: as subqueries of the case's projection, EF numbers every
        // decision row in the table (ROW_NUMBER over all cases), which took the page to 600 ms at
        // 100,000 cases.
        // MAX in memory over the case's few referrals: in SQL, PostgreSQL answers MAX(submitted_at)
        // by walking the submitted_at index across every case (60 ms at 100,000 cases).
        var submitted = referrals
            ? (await Db.Referrals.Where(r => r.CaseId == CaseId && r.SubmittedAt != null).Select(r => r.SubmittedAt).ToListAsync(HttpContext.RequestAborted)).Max()
            : null;
        var latest = decisions
            ? await Db.NrmDecisions.AsNoTracking().Where(d => d.CaseId == CaseId).OrderByDescending(d => d.DecidedOn)
                .Select(d => new { d.Kind, Row = new DecisionRow(d.DecidedOn, d.Outcome) }).ToListAsync(HttpContext.RequestAborted)
            : [];
        Summary = new CaseSummary(
            row.Team,
            row.Worker,
            row.CreatedAt,
            row.ClosedAt,
            row.ClosureOutcome,
            row.RetainUntil,
            submitted,
            latest.FirstOrDefault(d => d.Kind == DecisionKind.ReasonableGrounds)?.Row,
            latest.FirstOrDefault(d => d.Kind == DecisionKind.ConclusiveGrounds)?.Row);

        if (grant.Sees(CaseSections.Summary))
        {
            Concerns = Header.CanManage
                ? await Db.Concerns.AsNoTracking()
                    .Where(c => c.CaseId == CaseId)
                    .OrderBy(c => c.RaisedAt)
                    .Select(c => new ConcernRow(c.Id, c.Reference, c.RaisedAt, c.Rag, c.Status))
                    .ToListAsync(HttpContext.RequestAborted)
                : [];
            Notes = await (
                from n in Db.CaseNotes.AsNoTracking()
                where n.CaseId == CaseId && n.AddendumToNoteId == null
                orderby n.WrittenAt descending
                join u in Db.Users on n.WrittenByUserId equals u.Id into writers
                from u in writers.DefaultIfEmpty()
                select new NoteRow(n.Id, n.Text, u != null ? u.DisplayName : "Beacon", n.WrittenAt, Db.CaseNotes.Count(a => a.AddendumToNoteId == n.Id)))
                .Take(LatestNotes)
                .ToListAsync(HttpContext.RequestAborted);
        }

        if (grant.Sees(CaseSections.Person) && Header.Route == CaseRoute.Child && Header.Status == CaseStatus.Open)
        {
            var born = await Db.CasePeople.Where(p => p.CaseId == CaseId).Select(p => p.DateOfBirth).SingleOrDefaultAsync(HttpContext.RequestAborted);
            if (born is { } b && EighteenthBirthdays.IsEighteen(b, UkTime.Today(time)))
            {
                TurnedEighteenOn = CaseRetention.Birthday(b, 18);
            }
        }

        return Page();
    }

    public bool Sees(CaseSections section) => Header.Sees(section);

    public sealed record DecisionRow(DateOnly DecidedOn, DecisionOutcome Outcome);

    public sealed record CaseSummary(
        string OwningTeam,
        string? Worker,
        DateTimeOffset OpenedAt,
        DateTimeOffset? ClosedAt,
        ClosureOutcome? Outcome,
        DateOnly? RetainUntil,
        DateTimeOffset? ReferralSubmittedAt,
        DecisionRow? ReasonableGrounds,
        DecisionRow? ConclusiveGrounds);

    public sealed record ConcernRow(Guid Id, string Reference, DateTimeOffset RaisedAt, RagRating Rag, ConcernStatus Status);

    public sealed record NoteRow(Guid Id, string Text, string WrittenBy, DateTimeOffset WrittenAt, int Addenda);
}
