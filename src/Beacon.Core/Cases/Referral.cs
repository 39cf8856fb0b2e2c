namespace Beacon.Core.Cases;

public enum ReferralKind
{
    /// <summary>A full referral into the National Referral Mechanism: a child, or a consenting adult.</summary>
    Nrm,

    /// <summary>An adult who does not consent: the anonymous Duty to Notify report (old MS1).</summary>
    DutyToNotify,
}

public enum ReferralStatus
{
    Draft,
    Submitted,
    Withdrawn,
    Suspended,
}

/// <summary>The four things an adult must be told before consent to an NRM referral is informed.</summary>
[Flags]
public enum ConsentExplanations
{
    None = 0,
    WhatTheNrmIs = 1,
    SupportAvailable = 2,
    PossibleOutcomes = 4,
    InformationSharing = 8,
    All = WhatTheNrmIs | SupportAvailable | PossibleOutcomes | InformationSharing,
}

/// <summary>
/// An NRM referral or a Duty to Notify report, from draft to submission and after. The answers to
/// the national form's sections live in <see cref="AnswersJson"/> (<see cref="ReferralAnswers"/>);
/// what the rules, clocks and statistics need is in columns, derived from the answers on every
/// save, so it can be indexed and counted.
/// </summary>
public sealed class Referral
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>Null until the journey has decided (child: NRM; adult: consent or not).</summary>
    public ReferralKind? Kind { get; set; }

    public ReferralStatus Status { get; set; }

    /// <summary>The referral this one makes again, after a negative decision or a withdrawal.</summary>
    public Guid? PreviousReferralId { get; set; }

    public required string AnswersJson { get; set; }

    public AgeAnswer? UnderEighteen { get; set; }

    public AgeAnswer? UnderEighteenAtExploitation { get; set; }

    public bool? ConsentGiven { get; set; }

    public ConsentExplanations ExplanationsGiven { get; set; }

    /// <summary>Duty to Notify: the person agreed to co-operate, so identifying details may be kept.</summary>
    public bool? AgreesToCooperate { get; set; }

    public ExploitationComponents Exploitation { get; set; }

    public ExploitedIn ExploitedIn { get; set; }

    public Gender Gender { get; set; } = Gender.NotKnown;

    public string? NationalityCode { get; set; }

    public DecisionMaker DecisionMaker { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public Guid StartedByUserId { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public Guid? SubmittedByUserId { get; set; }

    /// <summary>The day the referral was made, in the UK: the clocks count from it.</summary>
    public DateOnly? ReferredOn { get; set; }

    /// <summary>The national NRM reference the Home Office sends after submission.</summary>
    public string? NationalReference { get; set; }

    // Facts of the submission, fixed then so the area's picture counts a referral where and by whom
    // it was made even after the case moves, and reads them without joining the case.

    /// <summary>The case's area when the referral was submitted.</summary>
    public Guid? AreaId { get; set; }

    /// <summary>The first responder organisation that submitted it (the submitter's organisation).</summary>
    public Guid? FirstResponderOrganisationId { get; set; }

    /// <summary>The submitter's team.</summary>
    public Guid? FirstResponderTeamId { get; set; }

    /// <summary>The case's route when the referral was submitted.</summary>
    public CaseRoute? Route { get; set; }

    // Where the referral stands with the Home Office, kept from its decisions on every save
    // (ReferralDecisionFacts) so the area's picture counts timeliness and the wait for conclusive
    // grounds from the referrals alone rather than a pass over every decision ever made.

    /// <summary>The day of its first reasonable grounds decision.</summary>
    public DateOnly? ReasonableGroundsOn { get; set; }

    public DecisionOutcome? ReasonableGroundsOutcome { get; set; }

    /// <summary>The day of its first positive reasonable grounds decision (later than the first decision when one was changed on reconsideration).</summary>
    public DateOnly? PositiveReasonableGroundsOn { get; set; }

    /// <summary>The day of its first conclusive grounds decision.</summary>
    public DateOnly? ConclusiveGroundsOn { get; set; }

    public DecisionOutcome? ConclusiveGroundsOutcome { get; set; }

    public DateTimeOffset? StatusChangedAt { get; set; }

    public string? StatusReason { get; set; }

    public Guid Version { get; set; }
}

public enum DecisionKind
{
    ReasonableGrounds,
    ConclusiveGrounds,
}

public enum DecisionOutcome
{
    Positive,
    Negative,
}

/// <summary>A Competent Authority's (or a devolved panel's) decision on a referral.</summary>
public sealed class NrmDecision
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid ReferralId { get; set; }

    public DecisionKind Kind { get; set; }

    public DecisionOutcome Outcome { get; set; }

    public DateOnly DecidedOn { get; set; }

    public DecisionMaker DecisionMaker { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid RecordedByUserId { get; set; }
}

public enum ReconsiderationRequester
{
    FirstResponder,
    SupportProvider,
}

public enum ReconsiderationOutcome
{
    Pending,

    /// <summary>The decision stands.</summary>
    Upheld,

    /// <summary>The decision was changed.</summary>
    Overturned,
}

/// <summary>A request that the Competent Authority reconsider a decision; only the first responder or support provider may ask.</summary>
public sealed class Reconsideration
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid DecisionId { get; set; }

    public ReconsiderationRequester RequestedBy { get; set; }

    public required string RequesterName { get; set; }

    public DateOnly RequestedOn { get; set; }

    public required string Grounds { get; set; }

    public ReconsiderationOutcome Outcome { get; set; }

    public DateOnly? OutcomeOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid RecordedByUserId { get; set; }

    public Guid Version { get; set; }
}

public enum EscalationBoard
{
    ChildrenSafeguardingPartnership,
    SafeguardingAdultsBoard,
}

/// <summary>The NRM refused and concerns remain: the case goes to the safeguarding board.</summary>
public sealed class Escalation
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid? DecisionId { get; set; }

    public EscalationBoard Board { get; set; }

    public DateOnly EscalatedOn { get; set; }

    public required string Concerns { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? OutcomeOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid RecordedByUserId { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A supporting document: PDF, Word, JPG or PNG, at most 25 MB, its type checked by content.</summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid? ReferralId { get; set; }

    /// <summary>As uploaded: may be personal data, so never logged or put in a URL.</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string Sha256 { get; set; }

    public required string Description { get; set; }

    public DateOnly? DocumentDate { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public Guid UploadedByUserId { get; set; }
}

/// <summary>The bytes of an evidence file, apart so that listing files never loads them.</summary>
public sealed class EvidenceFileContent
{
    public Guid FileId { get; set; }

    public required byte[] Bytes { get; set; }
}

/// <summary>A reminder already sent, so the daily job sends each one once.</summary>
public sealed class ReminderSent
{
    public required string Key { get; set; }

    public DateTimeOffset SentAt { get; set; }
}

/// <summary>The next number of a human reference series (concerns, cases) per year.</summary>
public sealed class ReferenceCounter
{
    public required string Series { get; set; }

    public long Next { get; set; }
}
