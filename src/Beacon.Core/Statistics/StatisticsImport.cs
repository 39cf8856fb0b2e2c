namespace Beacon.Core.Statistics;

/// <summary>
/// The file that supplied one slice of an edition: who imported which file when. A slice is a whole
/// table, except for the one-quarter tables, where each quarter (and each first responder type)
/// comes in its own file and must not replace the others.
/// </summary>
public sealed class StatisticsImport
{
    public Guid Id { get; set; }

    public Guid EditionId { get; set; }

    public StatisticsEdition Edition { get; set; } = null!;

    public StatisticsTableKind TableKind { get; set; }

    /// <summary>Empty for a whole table; "2023 Q4" or "2023 Q4 Local Authority" for a one-quarter file.</summary>
    public required string Scope { get; set; }

    public required string FileName { get; set; }

    public required string ImportedBy { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public int FigureCount { get; set; }
}
