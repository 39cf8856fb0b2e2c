using System.Text.Json;
using Beacon.Core.Data;

namespace Beacon.Core.Audit;

/// <summary>Who is acting, for the audit trail: a signed-in person, or a named system task.</summary>
public sealed record Actor(Guid? UserId, Guid? OrganisationId, string Roles, string? CorrelationId)
{
    public static Actor System(string task) => new(null, null, $"system:{task}", null);
}

/// <summary>The seam between the audit trail and whoever is acting (the web request, a job, a test).</summary>
public interface IActorSource
{
    Actor Current { get; }
}

public sealed class FixedActorSource(Actor actor) : IActorSource
{
    public Actor Current => actor;
}

/// <summary>
/// Adds audit events and access-log rows to the caller's unit of work, so they commit or roll
/// back with the change or read they record. Never updates or deletes: the tables are append-only.
/// </summary>
public sealed class AuditTrail(AppDbContext db, TimeProvider time, IActorSource actors)
{
    private static readonly JsonSerializerOptions ChangeJson = new() { WriteIndented = false };

    private DateTimeOffset lastEventAt;

    public AuditEvent Record(string entityType, Guid entityId, string action, IReadOnlyDictionary<string, (string? Old, string? New)>? changes = null, string? reason = null) =>
        Add(actors.Current, entityType, entityId, action, changes, reason);

    /// <summary>
    /// For events about a user who is not (yet, or any more) the request's signed-in user: signing
    /// in, failing to, signing out. The correlation id still comes from the request.
    /// </summary>
    public AuditEvent RecordForUser(Guid userId, Guid organisationId, string action, string? reason = null) =>
        Add(actors.Current with { UserId = userId, OrganisationId = organisationId }, "User", userId, action, null, reason);

    private AuditEvent Add(Actor actor, string entityType, Guid entityId, string action, IReadOnlyDictionary<string, (string? Old, string? New)>? changes, string? reason)
    {
        // Events of one unit of work keep the order they were recorded in (a timeline reads "decision
        // overturned" before "positive decision"), even when the clock has not moved: one microsecond
        // apart, the finest step PostgreSQL keeps.
        var at = time.GetUtcNow();
        if (at <= lastEventAt)
        {
            at = lastEventAt.AddTicks(10);
        }

        lastEventAt = at;
        var entry = new AuditEvent
        {
            Id = Guid.CreateVersion7(at),
            At = at,
            UserId = actor.UserId,
            OrganisationId = actor.OrganisationId,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = changes is null || changes.Count == 0
                ? null
                : JsonSerializer.Serialize(changes.ToDictionary(c => c.Key, c => new[] { c.Value.Old, c.Value.New }), ChangeJson),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            CorrelationId = actor.CorrelationId,
        };
        db.AuditEvents.Add(entry);
        return entry;
    }

    public AccessLogEntry Access(string resourceType, Guid resourceId, string action, AccessOutcome outcome)
    {
        var actor = actors.Current;
        var entry = new AccessLogEntry
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            At = time.GetUtcNow(),
            UserId = actor.UserId,
            OrganisationId = actor.OrganisationId,
            Roles = actor.Roles,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Action = action,
            Outcome = outcome,
            CorrelationId = actor.CorrelationId,
        };
        db.AccessLog.Add(entry);
        return entry;
    }

    /// <summary>Collects old → new for the fields that changed, as text.</summary>
    public static Dictionary<string, (string? Old, string? New)> Changes(params (string Field, object? Old, object? New)[] fields) =>
        fields.Where(f => !Equals(f.Old, f.New))
            .ToDictionary(f => f.Field, f => (f.Old?.ToString(), f.New?.ToString()));
}
