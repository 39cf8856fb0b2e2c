namespace Beacon.Core.Statistics;

/// <summary>
/// One published number in long format: the breakdown columns that apply to its table are set, the
/// others are null. Only the finest breakdown is kept; totals are sums of these rows.
/// </summary>
public sealed class NationalFigure
{
    public Guid Id { get; set; }

    public Guid EditionId { get; set; }

    public StatisticsEdition Edition { get; set; } = null!;

    public Guid ImportId { get; set; }

    public StatisticsTableKind TableKind { get; set; }

    public int Year { get; set; }

    /// <summary>1 to 4; null only for a year the file gives as an annual total without quarters.</summary>
    public int? Quarter { get; set; }

    public string? AgeAtExploitation { get; set; }

    public string? LocationOfExploitation { get; set; }

    public string? Gender { get; set; }

    public string? Nationality { get; set; }

    public string? ExploitationType { get; set; }

    public string? FirstResponderType { get; set; }

    public string? FirstResponder { get; set; }

    /// <summary>"Positive reasonable grounds" and so on, as published.</summary>
    public string? Decision { get; set; }

    public int Value { get; set; }
}
