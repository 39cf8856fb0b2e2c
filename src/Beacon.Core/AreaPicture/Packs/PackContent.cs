using Beacon.Core.Reporting;

namespace Beacon.Core.AreaPicture.Packs;

/// <summary>A heading of the pack's figures and its tables, as frozen.</summary>
public sealed record PackSection(string Key, string Heading, IReadOnlyList<ReportTable> Tables);

/// <summary>
/// Everything a version of a pack shows, frozen when the version is made: the HTML page and the PDF
/// are both drawn from this alone, so a version reads the same however the data and code move on.
/// </summary>
public sealed record PackContent(
    int Number,
    string Title,
    PackKind Kind,
    string KindName,
    string PeriodLabel,
    string AreaName,
    string? OrganisationName,
    Audience Audience,
    string Marking,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    IReadOnlyList<NarrativeSection> Narrative,
    IReadOnlyList<PackAction> Actions,
    IReadOnlyList<PackSection> Sections)
{
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Tables);

    public string ToJson() => PackJson.Write(this);

    public static PackContent FromJson(string json) =>
        PackJson.Read<PackContent>(json) ?? throw new InvalidOperationException("A pack version's content is empty.");

    public static string StatusName(PackActionStatus status) => status switch
    {
        PackActionStatus.InProgress => "In progress",
        PackActionStatus.Done => "Done",
        _ => "Not started",
    };

    public static string DueText(DateOnly? due) =>
        due is { } d ? d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : "No date";
}
