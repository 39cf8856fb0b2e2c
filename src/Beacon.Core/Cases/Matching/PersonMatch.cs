namespace Beacon.Core.Cases.Matching;

/// <summary>How likely a candidate is the same person, for the worker's duplicate check. Ordered weakest first.</summary>
public enum MatchBand
{
    None,
    Weak,
    Possible,
    Strong,
}

/// <summary>
/// A candidate's score (0–100), its band, and the reasons in plain English, so the worker
/// can see why a record was offered as a possible duplicate and decide.
/// </summary>
public sealed record MatchResult(int Score, MatchBand Band, IReadOnlyList<string> Reasons);

/// <summary>What is known about a person, as far as matching needs it.</summary>
public abstract record PersonDetails
{
    /// <summary>Full names, the name in use first, then aliases and nicknames, in any token order.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    public DateOnly? DateOfBirth { get; init; }

    /// <summary>An age given or assessed when the date of birth was not known.</summary>
    public int? EstimatedAge { get; init; }

    /// <summary>When <see cref="EstimatedAge"/> was estimated; taken as the day of the check when missing.</summary>
    public DateOnly? AgeEstimatedOn { get; init; }

    public Gender? Gender { get; init; }

    /// <summary>Nationalities as the reference list names them (any case); "Unknown" counts as none.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];
}

/// <summary>The person a worker is about to create.</summary>
public sealed record PersonProbe : PersonDetails;

/// <summary>A person already on a case the worker may see.</summary>
public sealed record PersonCandidate : PersonDetails;
