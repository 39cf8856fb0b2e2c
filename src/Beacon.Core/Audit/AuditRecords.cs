namespace Beacon.Core.Audit;

public enum AccessOutcome
{
    Allowed,
    Denied,
}

/// <summary>
/// One look at a record. Written in the same transaction as the read it records; append-only,
/// enforced by the database (triggers) as well as by the code.
/// </summary>
public sealed class AccessLogEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public Guid? OrganisationId { get; set; }

    /// <summary>The user's roles at the time, comma-separated.</summary>
    public required string Roles { get; set; }

    public required string ResourceType { get; set; }

    public Guid ResourceId { get; set; }

    /// <summary>View, Print, Export, Api…</summary>
    public required string Action { get; set; }

    public AccessOutcome Outcome { get; set; }

    public string? CorrelationId { get; set; }
}

/// <summary>One change: who, when, what changed, why. Append-only like the access log.</summary>
public sealed class AuditEvent
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public Guid? OrganisationId { get; set; }

    public required string EntityType { get; set; }

    public Guid EntityId { get; set; }

    /// <summary>What happened, in words for an auditor: "User invited", "Role changed".</summary>
    public required string Action { get; set; }

    /// <summary>Field changes as JSON: {"Field": ["old", "new"]}.</summary>
    public string? Changes { get; set; }

    public string? Reason { get; set; }

    public string? CorrelationId { get; set; }
}
