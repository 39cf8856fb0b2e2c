using Beacon.Core.Cases;

namespace Beacon.Core.Concerns;

public enum ConcernStatus
{
    /// <summary>In the queue, nobody has picked it up.</summary>
    New,

    /// <summary>A triage worker has it.</summary>
    Assigned,

    /// <summary>Triage opened a new case for it.</summary>
    CaseOpened,

    /// <summary>Triage found the person already has a case and added the concern to it.</summary>
    LinkedToCase,

    /// <summary>Triage decided there is nothing for the modern slavery pathway, and said why.</summary>
    NoFurtherAction,
}

/// <summary>
/// What a member of staff or a partner saw, raised in a few minutes. It lands in the queue of the
/// area's MASH (under 18 or unsure) or adult triage (18 or over); the area's community safety
/// coordinators see every concern. Triage then opens a case for it or adds it to an existing case.
/// Who may see a concern is the query filter on this entity (the raiser, the queue's team, the
/// area's coordinators, and, once it is on a case, whoever may see that case).
/// </summary>
public sealed class Concern
{
    public Guid Id { get; set; }

    /// <summary>Not personal data: safe in a URL, a log or an email.</summary>
    public required string Reference { get; set; }

    public Guid AreaId { get; set; }

    public Guid RaisedByUserId { get; set; }

    public Guid RaisedByOrganisationId { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>Idempotency: the journey's id, so the same journey submitted twice makes one concern.</summary>
    public Guid JourneyId { get; set; }

    public ConcernStatus Status { get; set; }

    public CaseRoute Route { get; set; }

    /// <summary>The queue: the area's MASH or adult triage team.</summary>
    public Guid TriageTeamId { get; set; }

    public Guid? AssignedToUserId { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public RagRating Rag { get; set; }

    public Indicators Indicators { get; set; }

    /// <summary>What was seen, in the raiser's words.</summary>
    public required string WhatWasSeen { get; set; }

    public DateOnly? SeenOn { get; set; }

    public required string WhereSeen { get; set; }

    public PlaceType PlaceType { get; set; }

    public string? Town { get; set; }

    /// <summary>The business or premises, if the raiser named one ("Sparkle Hand Car Wash"); the area's picture counts the ones that recur.</summary>
    public string? BusinessName { get; set; }

    public bool PersonKnown { get; set; }

    public string? PersonName { get; set; }

    public string? PersonOtherNames { get; set; }

    public DateOnly? PersonDateOfBirth { get; set; }

    public AgeAnswer Age { get; set; }

    public int? EstimatedAge { get; set; }

    public Gender? Gender { get; set; }

    public string? NationalityCode { get; set; }

    public string? PersonDescription { get; set; }

    /// <summary>The person's own words, where they said anything.</summary>
    public string? OwnWords { get; set; }

    public bool ImmediateDanger { get; set; }

    /// <summary>Whether the raiser called 999 (asked only when there is immediate danger).</summary>
    public bool? PoliceCalled { get; set; }

    /// <summary>The case triage opened or linked it to.</summary>
    public Guid? CaseId { get; set; }

    public DateTimeOffset? TriagedAt { get; set; }

    public Guid? TriagedByUserId { get; set; }

    /// <summary>Why triage took no further action, or any note about the link.</summary>
    public string? TriageNote { get; set; }

    public Guid Version { get; set; }
}
