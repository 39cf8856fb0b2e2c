using System.Globalization;
using Beacon.Core.Reporting;

namespace Beacon.Core.AreaPicture;

/// <summary>A calendar quarter, as the Home Office statistics count them (Q1 is January to March).</summary>
public readonly record struct Quarter(int Year, int Number) : IComparable<Quarter>
{
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>The last day of the quarter.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>"Q3 2025", as the statistics write it.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"Q{Number} {Year}");

    /// <summary>"2025-q3", for addresses and forms.</summary>
    public string Code => string.Create(CultureInfo.InvariantCulture, $"{Year}-q{Number}");

    /// <summary>"July to September 2025".</summary>
    public string Months => string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{Start:MMMM} to {End:MMMM} {Year}");

    public static bool TryParse(string? code, out Quarter quarter)
    {
        quarter = default;
        if (code is null || code.Length != 7 || code[4] != '-' || (code[5] != 'q' && code[5] != 'Q')
            || !int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || code[6] is < '1' or > '4' || year < 2009 || year > 2100)
        {
            return false;
        }

        quarter = new Quarter(year, code[6] - '0');
        return true;
    }

    /// <summary>Every quarter from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<Quarter> Range(Quarter from, Quarter to)
    {
        for (var q = from; q.CompareTo(to) <= 0; q = q.Next)
        {
            yield return q;
        }
    }

    public int CompareTo(Quarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public override string ToString() => Label;

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;
}

/// <summary>
/// Who the figures are for. Anything published or shared outside the partnership has counts of 1
/// to 4 suppressed (with secondary suppression); the partnership's own view shows real counts.
/// </summary>
public enum Audience
{
    Partnership,
    OutsideThePartnership,
}

/// <param name="From">First quarter in the period.</param>
/// <param name="To">Last quarter in the period, included.</param>
/// <param name="AreaIds">Areas to count; always a subset of the asker's areas (the service intersects).</param>
/// <param name="OrganisationId">Only referrals made by this first responder organisation, when given.</param>
public sealed record AreaPictureFilter(Quarter From, Quarter To, IReadOnlyList<Guid> AreaIds, Guid? OrganisationId = null);

/// <summary>Local counts the national comparison sets beside the national tables, in the published labels.</summary>
/// <param name="ByQuarter">NRM referrals and Duty to Notify reports per quarter of the period, every quarter present.</param>
/// <param name="NrmByExploitationType">NRM referrals by published exploitation type (<see cref="Statistics.PublishedCategories.ExploitationType"/>).</param>
/// <param name="NrmByNationality">NRM referrals by nationality (the reference list's name; "Not specified or unknown").</param>
/// <param name="NrmByAgeAtExploitation">NRM referrals by published age at exploitation.</param>
/// <param name="NrmByFirstResponderType">NRM referrals by the national first responder type of the referring organisation.</param>
public sealed record LocalFigures(
    IReadOnlyList<QuarterFigures> ByQuarter,
    IReadOnlyDictionary<string, int> NrmByExploitationType,
    IReadOnlyDictionary<string, int> NrmByNationality,
    IReadOnlyDictionary<string, int> NrmByAgeAtExploitation,
    IReadOnlyDictionary<string, int> NrmByFirstResponderType)
{
    public int NrmTotal => ByQuarter.Sum(q => q.NrmReferrals);

    public int DutyToNotifyTotal => ByQuarter.Sum(q => q.DutyToNotifyReports);
}

public sealed record QuarterFigures(Quarter Quarter, int NrmReferrals, int DutyToNotifyReports);

/// <summary>The area's picture for one filter and audience: every table the dashboard, exports and packs show.</summary>
/// <param name="Sections">Tables grouped under the dashboard's headings, in order.</param>
public sealed record AreaPictureResult(
    AreaPictureFilter Filter,
    Audience Audience,
    IReadOnlyList<AreaPictureSection> Sections,
    LocalFigures Figures)
{
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Tables);

    public ReportTable? Table(string key) => Tables.FirstOrDefault(t => t.Key == key);
}

/// <param name="Key">Anchor ("referrals", "decisions", "safeguarding", "places").</param>
public sealed record AreaPictureSection(string Key, string Heading, IReadOnlyList<ReportTable> Tables);
