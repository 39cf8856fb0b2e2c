using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beacon.Core.AreaPicture.Packs;

public enum PackKind
{
    /// <summary>The victims sub-group's pack, one quarter.</summary>
    VictimsSubGroupQuarterly,

    /// <summary>The community safety partnership board's report, the half-year ending March or September.</summary>
    BoardHalfYearly,
}

public enum PackActionStatus
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>A narrative section the coordinator writes: a fixed heading per kind, and their words.</summary>
public sealed record NarrativeSection(string Heading, string Text);

/// <summary>An action arising from the meeting the pack is for.</summary>
public sealed record PackAction(Guid Id, string Action, string Owner, DateOnly? Due, PackActionStatus Status);

/// <summary>
/// The editable draft of a quarterly pack or a board report: its period, who it is for, the
/// narrative and the actions arising. Each snapshot freezes it with the figures of the moment.
/// </summary>
public sealed class BoardPack
{
    public Guid Id { get; set; }

    public PackKind Kind { get; set; }

    /// <summary>The creator's organisation: only its people see the pack.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>One area, or null for every area of whoever builds a version.</summary>
    public Guid? AreaId { get; set; }

    public int FromYear { get; set; }

    public int FromQuarter { get; set; }

    public int ToYear { get; set; }

    public int ToQuarter { get; set; }

    public Audience Audience { get; set; }

    public required string Title { get; set; }

    /// <summary>The narrative as JSON: a list of <see cref="NarrativeSection"/>.</summary>
    public required string NarrativeJson { get; set; }

    /// <summary>The actions arising as JSON: a list of <see cref="PackAction"/>.</summary>
    public required string ActionsJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedByUserId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid UpdatedByUserId { get; set; }

    public Guid Version { get; set; }

    public Quarter From => new(FromYear, FromQuarter);

    public Quarter To => new(ToYear, ToQuarter);

    public IReadOnlyList<NarrativeSection> Narrative => PackJson.Read<List<NarrativeSection>>(NarrativeJson) ?? [];

    public IReadOnlyList<PackAction> Actions => PackJson.Read<List<PackAction>>(ActionsJson) ?? [];

    public static IReadOnlyList<string> DefaultHeadings(PackKind kind) => kind switch
    {
        PackKind.BoardHalfYearly => ["Executive summary", "What the figures show", "Progress against the strategy", "Risks and issues for the board", "Decisions asked of the board"],
        _ => ["Summary", "What the figures show", "Partnership activity this quarter", "Emerging risks and themes"],
    };

    public static string KindName(PackKind kind) => kind switch
    {
        PackKind.BoardHalfYearly => "Board report (half-yearly)",
        _ => "Victims sub-group pack (quarterly)",
    };

    /// <summary>"Q3 2025 (July to September 2025)" or "Q4 2024 to Q1 2025 (October 2024 to March 2025)".</summary>
    public static string PeriodLabel(Quarter from, Quarter to) => from == to
        ? $"{from.Label} ({from.Months})"
        : $"{from.Label} to {to.Label} ({from.Start.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} to {to.End.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))})";

    public static string AudienceMarking(Audience audience) => audience == Audience.Partnership
        ? "OFFICIAL-SENSITIVE: for the partnership only"
        : "OFFICIAL: figures from 1 to 4 suppressed";

    public static string AudienceName(Audience audience) => audience == Audience.Partnership
        ? "The partnership (real counts)"
        : "Shared outside the partnership or published (counts from 1 to 4 suppressed)";
}

/// <summary>
/// A version of a pack as it was issued: the content to draw it again exactly, and the PDF made
/// from that content. Never changed or deleted (the database refuses both).
/// </summary>
public sealed class BoardPackSnapshot
{
    public Guid Id { get; set; }

    public Guid PackId { get; set; }

    /// <summary>1, 2, 3… per pack.</summary>
    public int Number { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedByUserId { get; set; }

    public required string Title { get; set; }

    public int FromYear { get; set; }

    public int FromQuarter { get; set; }

    public int ToYear { get; set; }

    public int ToQuarter { get; set; }

    public Audience Audience { get; set; }

    /// <summary>A <see cref="PackContent"/> as JSON.</summary>
    public required string ContentJson { get; set; }

    public required byte[] Pdf { get; set; }

    /// <summary>SHA-256 of <see cref="Pdf"/>, lower-case hex.</summary>
    public required string PdfSha256 { get; set; }
}

/// <summary>The JSON form of packs and snapshots: enums by name, so a stored version reads the same after the code moves on.</summary>
public static class PackJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
