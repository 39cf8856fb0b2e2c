namespace Beacon.Core.Statistics;

/// <summary>
/// One release of the national statistics ("Q4 2023"). Figures are revised between releases, so
/// every figure keeps the edition it came from and the dashboard says which one it shows.
/// </summary>
public sealed class StatisticsEdition
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The quarter the release covers up to; orders editions, newest first.</summary>
    public int ReleaseYear { get; set; }

    public int ReleaseQuarter { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
