namespace Beacon.Core.Cases;

public enum CaseStatus
{
    Open,
    Closed,
}

public enum ClosureOutcome
{
    SafeAndSupported,
    SupportedByAnotherService,
    MovedOutOfArea,
    DeclinedSupport,
    LostContact,
    NoModernSlaveryConcern,
    Died,
    Other,
}

public enum RouteChangeReason
{
    /// <summary>The route the case opened on.</summary>
    Opened,
    AgeAssessment,
    EighteenthBirthday,
    Correction,
}

/// <summary>One move of a case between the child and adult routes; nothing else changes or is lost.</summary>
public sealed class CaseRouteChange
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public CaseRoute? From { get; set; }

    public CaseRoute To { get; set; }

    public RouteChangeReason Reason { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? ByUserId { get; set; }
}

public enum SafeToContact
{
    NotKnown,
    Yes,
    No,
}

/// <summary>The potential victim on a case (the Person section). One per case.</summary>
public sealed class CasePerson
{
    public Guid CaseId { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>A nickname, or the name used during the exploitation.</summary>
    public string? Nickname { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public int? EstimatedAge { get; set; }

    public DateOnly? AgeEstimatedOn { get; set; }

    public Gender Gender { get; set; } = Gender.NotKnown;

    public string? NationalityCode { get; set; }

    public string? SecondNationalityCode { get; set; }

    public string? Languages { get; set; }

    public bool? InterpreterNeeded { get; set; }

    public string? InterpreterLanguage { get; set; }

    public string? CommunicationNeeds { get; set; }

    public SafeToContact SafeToContact { get; set; }

    /// <summary>How to contact them safely, or why not (who else may answer the phone, and so on).</summary>
    public string? ContactSafetyNotes { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? HomeOfficeReference { get; set; }

    public Guid Version { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];

    /// <summary>True when anything on the row could identify the person (s.52(3)).</summary>
    public bool HasIdentifyingData =>
        !string.IsNullOrWhiteSpace(FirstName) || !string.IsNullOrWhiteSpace(LastName) || !string.IsNullOrWhiteSpace(Nickname)
        || DateOfBirth is not null || !string.IsNullOrWhiteSpace(Phone) || !string.IsNullOrWhiteSpace(Email)
        || !string.IsNullOrWhiteSpace(Address) || !string.IsNullOrWhiteSpace(HomeOfficeReference) || Aliases.Count > 0;
}

public enum AliasKind
{
    Alias,
    Nickname,
    NameUsedDuringExploitation,
    PreviousName,
}

public sealed class PersonAlias
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string Name { get; set; }

    public AliasKind Kind { get; set; }
}

/// <summary>
/// Match keys of a case's person's names and aliases (<see cref="Matching"/>), kept in step with
/// the person so the duplicate check is an indexed lookup, not a scan of every name.
/// </summary>
public sealed class PersonNameKey
{
    public Guid CaseId { get; set; }

    public required string Key { get; set; }
}

/// <summary>
/// A case note. Notes are never changed or deleted (a database trigger refuses it): a correction
/// is an addendum that points at the note it corrects, so the record stands up in court.
/// </summary>
public sealed class CaseNote
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid? AddendumToNoteId { get; set; }

    public required string Text { get; set; }

    public Guid WrittenByUserId { get; set; }

    public DateTimeOffset WrittenAt { get; set; }
}

public enum SafeguardingActionKind
{
    StrategyMeeting,
    ChildProtectionEnquiry,
    FamilyWellbeingReferral,
    CareActEnquiry,
    Housing,
    SupportOrganisationReferral,
    Other,
}

public enum SafeguardingActionStatus
{
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>Safeguarding from day one: an action with an owner, a due time, a status and an outcome.</summary>
public sealed class SafeguardingAction
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The case's area when the action was set, filled in on save; the area's picture counts by it.</summary>
    public Guid? AreaId { get; set; }

    public SafeguardingActionKind Kind { get; set; }

    public string? Details { get; set; }

    public Guid OwnerUserId { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public SafeguardingActionStatus Status { get; set; }

    public string? Outcome { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedByUserId { get; set; }

    public Guid Version { get; set; }
}
