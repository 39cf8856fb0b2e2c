using System.Text.Json;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Audit;

/// <summary>
/// One line for an auditor: a look at a record (an access-log row, which has an outcome) or a
/// change (an audit event), with who did it as names rather than ids.
/// </summary>
public sealed class AuditRow
{
    public Guid Id { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid? UserId { get; init; }

    public string? UserName { get; init; }

    public string? UserEmail { get; init; }

    public string? Organisation { get; init; }

    /// <summary>The roles the user held at the time (looks only: audit events do not record them).</summary>
    public string? Roles { get; init; }

    /// <summary>What was looked at or changed: "Case", "User", "AccessLog"…</summary>
    public required string SubjectType { get; init; }

    public Guid SubjectId { get; init; }

    /// <summary>A case's reference or a user's email address, when the subject is one.</summary>
    public string? SubjectLabel { get; init; }

    public required string Action { get; init; }

    /// <summary>Allowed or denied, for a look; null for a change.</summary>
    public AccessOutcome? Outcome { get; init; }

    public string? Changes { get; init; }

    public string? Reason { get; init; }

    public string? CorrelationId { get; init; }

    public bool IsAccess => Outcome is not null;
}

/// <summary>What an auditor may know of a case: where it sits, never what is in it.</summary>
public sealed record AuditedCase(Guid Id, string Reference, string Area, string OwningTeam, string OwningOrganisation);

/// <summary>
/// The auditor's reads of the access log and the audit events, for the pages and the CSV exports
/// alike. Every query is a projection; nothing here reads case content.
/// </summary>
public sealed class AuditQueries(AppDbContext db)
{
    public const string CaseResource = Access.CaseAccess.ResourceType;
    public const string UserResource = "User";
    public const string AccessLogResource = "AccessLog";
    public const string AuditEventsResource = "AuditEvents";

    public Task<AuditedCase?> FindCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        (from c in CasesForAudit()
         where c.Id == caseId
         join a in db.Areas on c.AreaId equals a.Id
         join t in db.Teams on c.OwningTeamId equals t.Id
         select new AuditedCase(c.Id, c.Reference, a.Name, t.Name, t.Organisation!.Name))
        .SingleOrDefaultAsync(cancellationToken);

    public async Task<Guid?> FindCaseIdAsync(string reference, CancellationToken cancellationToken = default)
    {
        var normalised = reference.Trim().ToUpperInvariant();
        var id = await CasesForAudit().Where(c => c.Reference == normalised).Select(c => c.Id).SingleOrDefaultAsync(cancellationToken);
        return id == Guid.Empty ? null : id;
    }

    /// <summary>Every look at the case, allowed or denied.</summary>
    public IQueryable<AuditRow> CaseAccess(Guid caseId, AuditPeriod period) =>
        AccessRows(db.AccessLog.Where(e => e.ResourceType == CaseResource && e.ResourceId == caseId), period);

    /// <summary>Every change recorded against the case.</summary>
    public IQueryable<AuditRow> CaseChanges(Guid caseId, AuditPeriod period) =>
        EventRows(db.AuditEvents.Where(e => e.EntityType == CaseResource && e.EntityId == caseId), period);

    public IQueryable<AuditRow> CaseHistory(Guid caseId, AuditPeriod period) =>
        CaseAccess(caseId, period).Concat(CaseChanges(caseId, period));

    /// <summary>What the user looked at and what they changed.</summary>
    public IQueryable<AuditRow> DoneBy(Guid userId, AuditPeriod period) =>
        AccessRows(db.AccessLog.Where(e => e.UserId == userId), period)
            .Concat(EventRows(db.AuditEvents.Where(e => e.UserId == userId), period));

    /// <summary>Changes to the user's account, whoever made them.</summary>
    public IQueryable<AuditRow> ChangesTo(Guid userId, AuditPeriod period) =>
        EventRows(db.AuditEvents.Where(e => e.EntityType == UserResource && e.EntityId == userId), period);

    /// <summary>Both of the above, each change once (a user may change their own account).</summary>
    public IQueryable<AuditRow> UserHistory(Guid userId, AuditPeriod period) =>
        AccessRows(db.AccessLog.Where(e => e.UserId == userId), period)
            .Concat(EventRows(db.AuditEvents.Where(e => e.UserId == userId || (e.EntityType == UserResource && e.EntityId == userId)), period));

    public IQueryable<AuditRow> Everything(AuditPeriod period) =>
        AccessRows(db.AccessLog, period).Concat(EventRows(db.AuditEvents, period));

    /// <summary>
    /// What changed, in words. For a case (or anything of a case) only the names of the fields
    /// that changed: the values are case content, which auditors do not see.
    /// </summary>
    public static string? DescribeChanges(string subjectType, string? changes)
    {
        ArgumentNullException.ThrowIfNull(subjectType);
        if (string.IsNullOrEmpty(changes))
        {
            return null;
        }

        Dictionary<string, string?[]>? fields;
        try
        {
            fields = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(changes);
        }
        catch (JsonException)
        {
            return null;
        }

        if (fields is null || fields.Count == 0)
        {
            return null;
        }

        if (subjectType.StartsWith(CaseResource, StringComparison.Ordinal))
        {
            return "Changed: " + string.Join(", ", fields.Keys);
        }

        return string.Join("; ", fields.Select(f => $"{f.Key}: {Shown(f.Value.ElementAtOrDefault(0))} → {Shown(f.Value.ElementAtOrDefault(1))}"));

        static string Shown(string? value) => string.IsNullOrEmpty(value) ? "(none)" : value;
    }

    // Auditors' scope sees no case through the query filter, by design. They may know a case's
    // reference, area and owning team, so these reads skip the filter and select only those.
    private IQueryable<Cases.Case> CasesForAudit() => db.Cases.IgnoreQueryFilters().AsNoTracking();

    private IQueryable<AuditRow> AccessRows(IQueryable<AccessLogEntry> source, AuditPeriod period) =>
        from e in Within(source, period)
        join u in db.Users on e.UserId equals (Guid?)u.Id into users
        from u in users.DefaultIfEmpty()
        join o in db.Organisations on e.OrganisationId equals (Guid?)o.Id into organisations
        from o in organisations.DefaultIfEmpty()
        select new AuditRow
        {
            Id = e.Id,
            At = e.At,
            UserId = e.UserId,
            UserName = u.DisplayName,
            UserEmail = u.Email,
            Organisation = o.Name,
            Roles = e.Roles,
            SubjectType = e.ResourceType,
            SubjectId = e.ResourceId,
            SubjectLabel = e.ResourceType == UserResource
                ? db.Users.Where(s => s.Id == e.ResourceId).Select(s => s.Email).FirstOrDefault()
                : e.ResourceType == CaseResource || e.ResourceType == AccessLogResource
                    ? CasesForAudit().Where(c => c.Id == e.ResourceId).Select(c => c.Reference).FirstOrDefault()
                    : null,
            Action = e.Action,
            Outcome = e.Outcome,
            Changes = null,
            Reason = null,
            CorrelationId = e.CorrelationId,
        };

    private IQueryable<AuditRow> EventRows(IQueryable<AuditEvent> source, AuditPeriod period) =>
        from e in Within(source, period)
        join u in db.Users on e.UserId equals (Guid?)u.Id into users
        from u in users.DefaultIfEmpty()
        join o in db.Organisations on e.OrganisationId equals (Guid?)o.Id into organisations
        from o in organisations.DefaultIfEmpty()
        select new AuditRow
        {
            Id = e.Id,
            At = e.At,
            UserId = e.UserId,
            UserName = u.DisplayName,
            UserEmail = u.Email,
            Organisation = o.Name,
            Roles = null,
            SubjectType = e.EntityType,
            SubjectId = e.EntityId,
            SubjectLabel = e.EntityType == UserResource
                ? db.Users.Where(s => s.Id == e.EntityId).Select(s => s.Email).FirstOrDefault()
                : e.EntityType == CaseResource
                    ? CasesForAudit().Where(c => c.Id == e.EntityId).Select(c => c.Reference).FirstOrDefault()
                    : null,
            Action = e.Action,
            Outcome = null,
            Changes = e.Changes,
            Reason = e.Reason,
            CorrelationId = e.CorrelationId,
        };

    private static IQueryable<AccessLogEntry> Within(IQueryable<AccessLogEntry> source, AuditPeriod period)
    {
        source = source.AsNoTracking();
        if (period.From is { } from)
        {
            source = source.Where(e => e.At >= from);
        }

        return period.Until is { } until ? source.Where(e => e.At < until) : source;
    }

    private static IQueryable<AuditEvent> Within(IQueryable<AuditEvent> source, AuditPeriod period)
    {
        source = source.AsNoTracking();
        if (period.From is { } from)
        {
            source = source.Where(e => e.At >= from);
        }

        return period.Until is { } until ? source.Where(e => e.At < until) : source;
    }
}

public static class AuditRowOrder
{
    /// <summary>Newest first; the id (time-ordered) breaks ties so that pages never overlap.</summary>
    public static IOrderedQueryable<AuditRow> NewestFirst(this IQueryable<AuditRow> rows) =>
        rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id);
}
