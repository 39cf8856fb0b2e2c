namespace Beacon.Core.Cases;

/// <summary>
/// A potential victim's case: one area, one owning team. Who may see it, and which of its
/// sections, is decided by <see cref="Access.CaseAccessPolicy"/> and the query filter on this
/// entity; nothing else reads a case.
/// </summary>
public sealed class Case
{
    public Guid Id { get; set; }

    /// <summary>The partnership's reference (not personal data; safe in a URL or a log).</summary>
    public required string Reference { get; set; }

    public Guid AreaId { get; set; }

    public Guid OwningOrganisationId { get; set; }

    public Guid OwningTeamId { get; set; }

    public Guid CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The summary section: what the concern is, in brief.</summary>
    public required string Summary { get; set; }

    /// <summary>Police-only section: seen by police users who have the case, no one else.</summary>
    public string? PoliceInformation { get; set; }

    /// <summary>Health-only section: seen by NHS users who have the case, no one else.</summary>
    public string? HealthInformation { get; set; }

    public CaseRoute Route { get; set; }

    public CaseStatus Status { get; set; }

    /// <summary>The worker in the owning team who holds the case.</summary>
    public Guid? AssignedWorkerId { get; set; }

    /// <summary>
    /// An adult reported by Duty to Notify who has not agreed to co-operate: nothing that identifies
    /// them may be stored (Modern Slavery Act 2015 s.52(3)). Database triggers refuse a person row, an
    /// alias or a concern with names, date of birth or contact details on such a case, whatever the
    /// code above them does (<see cref="DutyToNotifyPrivacy"/>).
    /// </summary>
    public bool IsAnonymous { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public ClosureOutcome? ClosureOutcome { get; set; }

    public string? ClosureNote { get; set; }

    /// <summary>The record is kept until this day, counted from closure; cleared on reopening.</summary>
    public DateOnly? RetainUntil { get; set; }

    public Guid Version { get; set; }

    public CasePerson? Person { get; set; }

    public List<CaseMember> Members { get; set; } = [];

    public List<CaseShare> Shares { get; set; } = [];
}

/// <summary>A named person on the case team, beyond the owning team.</summary>
public sealed class CaseMember
{
    public Guid CaseId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public Guid AddedByUserId { get; set; }
}

/// <summary>The parts of a case that can be seen separately.</summary>
[Flags]
public enum CaseSections
{
    None = 0,
    Summary = 1,
    Person = 2,
    Referral = 4,
    Decisions = 8,
    Safeguarding = 16,

    /// <summary>Only police users with the case; never shared, never shown to the owner.</summary>
    Police = 32,

    /// <summary>Only NHS users with the case; never shared, never shown to the owner.</summary>
    Health = 64,

    Shareable = Summary | Person | Referral | Decisions | Safeguarding,
}

public enum LegalBasis
{
    /// <summary>UK GDPR 6(1)(e) public task with DPA 2018 Schedule 1 para 18 (safeguarding).</summary>
    SafeguardingChildrenAndAdultsAtRisk,
    PreventionOrDetectionOfCrime,
    Consent,
    VitalInterests,
    LegalObligation,
}

public enum ShareConsent
{
    Given,
    NotGivenOverridden,
    NotApplicableChild,
}

/// <summary>
/// Sections of a case shared with another organisation, with why and on what basis. Revoking ends
/// the partner's access on their next request.
/// </summary>
public sealed class CaseShare
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid OrganisationId { get; set; }

    public CaseSections Sections { get; set; }

    public required string Purpose { get; set; }

    public LegalBasis LegalBasis { get; set; }

    public ShareConsent Consent { get; set; }

    public string? ConsentOverrideReason { get; set; }

    public Guid SharedByUserId { get; set; }

    public DateTimeOffset SharedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
