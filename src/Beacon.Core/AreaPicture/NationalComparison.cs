using System.Globalization;
using Beacon.Core.Data;
using Beacon.Core.Reporting;
using Beacon.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.AreaPicture;

/// <summary>
/// The area's figures beside the national statistics for the filter's period: referrals and Duty to
/// Notify reports by quarter with the area's share, and the mix of exploitation types, nationalities,
/// ages and first responder types. Read-only; six queries. Every national figure is read from one
/// edition per table (per quarter and first responder type for the first responder tables), and each
/// table's note names the editions, or says that no edition holds the period.
/// </summary>
public sealed class NationalComparison(AppDbContext db)
{
    public const string ByQuarterKey = "national-by-quarter";
    public const string ExploitationTypeKey = "national-exploitation-type";
    public const string NationalityKey = "national-nationality";
    public const string AgeKey = "national-age-at-exploitation";
    public const string FirstResponderTypeKey = "national-first-responder-type";

    /// <summary>How many nationalities are listed by name; the rest are "Other nationalities".</summary>
    public const int TopNationalities = 10;

    public const string OtherNationalities = "Other nationalities";

    private static readonly ReportColumn[] MixColumns =
    [
        new("Area NRM referrals", ValueFormat.Count),
        new("Area share", ValueFormat.Share),
        new("UK NRM referrals", ValueFormat.Count, IsPublished: true),
        new("UK share", ValueFormat.Share, IsPublished: true),
    ];

    public async Task<IReadOnlyList<ReportTable>> BuildAsync(AreaPictureFilter filter, LocalFigures local, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(local);
        var statistics = new NationalStatistics(db);
        var from = new StatisticsPeriod(filter.From.Year, filter.From.Number);
        var to = new StatisticsPeriod(filter.To.Year, filter.To.Number);
        var quarters = Quarter.Range(filter.From, filter.To).ToList();

        var referrals = await statistics.ReferralsInPeriodAsync(from, to, ct);
        var dutyToNotify = await statistics.DutyToNotifyInPeriodAsync(from, to, ct);
        FirstResponderDimension[] dimensions = [FirstResponderDimension.ExploitationType, FirstResponderDimension.Nationality, FirstResponderDimension.FirstResponderType];
        var responders = await statistics.ReferralsByFirstResponderAsync(dimensions, from, to, cancellationToken: ct);

        // The statistics come out months after a quarter ends, so the latest quarters never have
        // national figures yet. Rather than show no mix at all, the mixes then compare with the
        // latest quarters that have them, and say so.
        var mixQuarters = quarters;
        var ages = referrals;
        string? latestNote = null;
        if (responders.Slices.Count == 0 && await LatestAsync(StatisticsTableKind.ReferralsByFirstResponder, ct) is { } latest)
        {
            var period = new StatisticsPeriod(latest.Year, latest.Number);
            responders = await statistics.ReferralsByFirstResponderAsync(dimensions, period, period, cancellationToken: ct);
            mixQuarters = [latest];
            latestNote = $"No national figures for {Span(quarters)} yet: the UK columns are the latest published, {latest.Label}.";
        }

        var ageQuarters = quarters;
        string? ageNote = null;
        if ((ages is null || ages.ByQuarter.Count == 0) && await LatestAsync(StatisticsTableKind.ReferralsLongitudinal, ct) is { } latestLongitudinal)
        {
            var first = latestLongitudinal;
            for (var i = 1; i < Math.Min(quarters.Count, 4); i++)
            {
                first = first.Previous;
            }

            ageQuarters = [.. Quarter.Range(first, latestLongitudinal)];
            ages = await statistics.ReferralsInPeriodAsync(new StatisticsPeriod(first.Year, first.Number), new StatisticsPeriod(latestLongitudinal.Year, latestLongitudinal.Number), ct);
            ageNote = $"No national figures for {Span(quarters)} yet: the UK columns are the latest published, {Span(ageQuarters)}.";
        }

        return
        [
            ByQuarter(quarters, local, referrals, dutyToNotify),
            WithLatest(ExploitationTypes(mixQuarters, local, responders), latestNote),
            WithLatest(Nationalities(mixQuarters, local, responders), latestNote),
            WithLatest(Ages(ageQuarters, local, ages), ageNote),
            WithLatest(FirstResponderTypes(mixQuarters, local, responders), latestNote),
        ];
    }

    private static ReportTable WithLatest(ReportTable table, string? note) =>
        note is null ? table : table with { Note = $"{note} {table.Note}" };

    /// <summary>The latest quarter any edition holds figures of <paramref name="kind"/> for.</summary>
    private async Task<Quarter?> LatestAsync(StatisticsTableKind kind, CancellationToken ct)
    {
        var latest = await db.NationalFigures.AsNoTracking()
            .Where(f => f.TableKind == kind && f.Quarter != null)
            .OrderByDescending(f => f.Year).ThenByDescending(f => f.Quarter)
            .Select(f => new { f.Year, Quarter = f.Quarter!.Value })
            .FirstOrDefaultAsync(ct);
        return latest is null ? null : new Quarter(latest.Year, latest.Quarter);
    }

    private static ReportTable ByQuarter(List<Quarter> quarters, LocalFigures local, LongitudinalReferrals? referrals, IReadOnlyList<QuarterCount> dutyToNotify)
    {
        var localByQuarter = local.ByQuarter.ToDictionary(q => q.Quarter);
        var rows = new List<ReportRow>();
        foreach (var quarter in quarters)
        {
            var mine = localByQuarter.GetValueOrDefault(quarter) ?? new QuarterFigures(quarter, 0, 0);
            var uk = referrals?.ByQuarter.FirstOrDefault(q => q.Year == quarter.Year && q.Quarter == quarter.Number)?.Count;
            var ukReports = dutyToNotify.FirstOrDefault(q => q.Year == quarter.Year && q.Quarter == quarter.Number)?.Count;
            rows.Add(new ReportRow(quarter.Label, Pair(mine.NrmReferrals, uk, mine.DutyToNotifyReports, ukReports)));
        }

        // The period's national total only where every quarter is held: a part-year total beside a whole-year local one would mislead.
        static int? Total(IEnumerable<int?> values) => values.All(v => v is not null) ? values.Sum() : null;
        rows.Add(new ReportRow("Total", Pair(
            local.NrmTotal, Total(rows.Select(r => (int?)r.Values[1].Number)),
            local.DutyToNotifyTotal, Total(rows.Select(r => (int?)r.Values[4].Number))), IsTotal: true));

        var notes = new List<string>
        {
            "The area's counts are the referrals and reports Beacon holds; the UK's are the Home Office's published statistics.",
            Held("NRM referrals", referrals is null ? null : referrals.Edition, quarters, referrals?.ByQuarter),
            Held("Duty to Notify reports", dutyToNotify.Count > 0 ? dutyToNotify[0].Edition : null, quarters, dutyToNotify),
        };
        return new ReportTable(
            ByQuarterKey,
            "NRM referrals and Duty to Notify reports: the area and the UK",
            "Quarter",
            [
                new("Area NRM referrals", ValueFormat.Count),
                new("UK NRM referrals", ValueFormat.Count, IsPublished: true),
                new("Area share of UK NRM referrals", ValueFormat.Share),
                new("Area Duty to Notify reports", ValueFormat.Count),
                new("UK Duty to Notify reports", ValueFormat.Count, IsPublished: true),
                new("Area share of UK Duty to Notify reports", ValueFormat.Share),
            ],
            rows,
            string.Join(" ", notes),
            ChartKind.Lines);

        static IReadOnlyList<ReportValue> Pair(int nrm, int? ukNrm, int reports, int? ukReports) =>
        [
            ReportValue.Count(nrm), UkCount(ukNrm), ReportValue.Share(ShareOf(nrm, ukNrm)),
            ReportValue.Count(reports), UkCount(ukReports), ReportValue.Share(ShareOf(reports, ukReports)),
        ];
    }

    private static ReportTable ExploitationTypes(List<Quarter> quarters, LocalFigures local, FirstResponderBreakdown responders)
    {
        var national = Relabel(responders.Counts[FirstResponderDimension.ExploitationType], NormaliseExploitationType);
        var mine = Relabel(local.NrmByExploitationType.Select(p => new CategoryCount(p.Key, p.Value)), NormaliseExploitationType);
        var labels = national.OrderByDescending(p => p.Value).Select(p => p.Key)
            .Concat(mine.Where(p => !national.ContainsKey(p.Key)).OrderByDescending(p => p.Value).Select(p => p.Key))
            .ToList();
        return Mix(ExploitationTypeKey, "Exploitation type: the area and the UK", "Exploitation type", labels, mine, national,
            FirstResponderNote(quarters, responders, "Combined types are counted as published (\"Sexual & Labour\"), not split."));
    }

    private static ReportTable Nationalities(List<Quarter> quarters, LocalFigures local, FirstResponderBreakdown responders)
    {
        var national = Relabel(responders.Counts[FirstResponderDimension.Nationality], n => n.Trim());
        var mine = Relabel(local.NrmByNationality.Select(p => new CategoryCount(p.Key, p.Value)), n => n.Trim());
        // Without national figures the area's own most frequent nationalities are listed.
        var ranking = national.Count > 0 ? national : mine;
        var top = ranking.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(TopNationalities).Select(p => p.Key).ToList();
        var topSet = top.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var nationalOther = national.Where(p => !topSet.Contains(p.Key)).Sum(p => p.Value);
        var mineOther = mine.Where(p => !topSet.Contains(p.Key)).Sum(p => p.Value);
        var nationalRows = top.ToDictionary(k => k, k => national.GetValueOrDefault(k), StringComparer.OrdinalIgnoreCase);
        var mineRows = top.ToDictionary(k => k, k => mine.GetValueOrDefault(k), StringComparer.OrdinalIgnoreCase);
        if (nationalOther > 0 || mineOther > 0)
        {
            nationalRows[OtherNationalities] = nationalOther;
            mineRows[OtherNationalities] = mineOther;
            top.Add(OtherNationalities);
        }

        return Mix(NationalityKey, "Nationality: the area and the UK", "Nationality", top, mineRows, responders.Slices.Count == 0 ? new Dictionary<string, int>() : nationalRows,
            FirstResponderNote(quarters, responders,
                string.Create(CultureInfo.InvariantCulture, $"The {TopNationalities} nationalities referred most often in the UK are listed; the area's referrals of any other nationality are under \"{OtherNationalities}\".")));
    }

    private static ReportTable Ages(List<Quarter> quarters, LocalFigures local, LongitudinalReferrals? referrals)
    {
        var national = Relabel(referrals?.ByAge ?? [], NormaliseAge);
        var mine = Relabel(local.NrmByAgeAtExploitation.Select(p => new CategoryCount(p.Key, p.Value)), NormaliseAge);
        List<string> published = [PublishedCategories.Adult, PublishedCategories.Child, PublishedCategories.NotSpecified];
        var labels = published.Concat(national.Keys.Concat(mine.Keys).Where(k => !published.Contains(k)).Distinct()).ToList();
        return Mix(AgeKey, "Age at exploitation: the area and the UK", "Age at exploitation", labels, mine, national,
            Held("UK NRM referrals", referrals?.Edition, quarters, referrals?.ByQuarter));
    }

    private static ReportTable FirstResponderTypes(List<Quarter> quarters, LocalFigures local, FirstResponderBreakdown responders)
    {
        var national = Relabel(responders.Counts[FirstResponderDimension.FirstResponderType], n => n.Trim());
        var mine = Relabel(local.NrmByFirstResponderType.Select(p => new CategoryCount(p.Key, p.Value)), n => n.Trim());
        var labels = national.OrderByDescending(p => p.Value).Select(p => p.Key)
            .Concat(mine.Keys.Where(k => !national.ContainsKey(k)).Order(StringComparer.Ordinal)).ToList();
        return Mix(FirstResponderTypeKey, "First responder type: the area and the UK", "First responder type", labels, mine, national,
            FirstResponderNote(quarters, responders, null));
    }

    private static ReportTable Mix(string key, string title, string rowHeading, IReadOnlyList<string> labels,
        IReadOnlyDictionary<string, int> mine, IReadOnlyDictionary<string, int> national, string note)
    {
        var mineTotal = mine.Values.Sum();
        var nationalTotal = national.Count == 0 ? (int?)null : national.Values.Sum();
        var rows = labels.Select(label =>
        {
            var count = mine.GetValueOrDefault(label);
            int? uk = nationalTotal is null ? null : national.GetValueOrDefault(label);
            return new ReportRow(label, [ReportValue.Count(count), ReportValue.Share(ShareOf(count, mineTotal)), UkCount(uk), ReportValue.Share(ShareOf(uk, nationalTotal))]);
        }).ToList();
        rows.Add(new ReportRow("Total", [ReportValue.Count(mineTotal), ReportValue.Share(mineTotal > 0 ? 1 : null), UkCount(nationalTotal), ReportValue.Share(nationalTotal > 0 ? 1 : null)], IsTotal: true));
        return new ReportTable(key, title, rowHeading, MixColumns, rows, note, ChartKind.HorizontalBars);
    }

    private static string FirstResponderNote(List<Quarter> quarters, FirstResponderBreakdown responders, string? extra)
    {
        string text;
        if (responders.Slices.Count == 0)
        {
            text = $"No edition of the national statistics holds the NRM referrals by first responder for {Span(quarters)}, so there are no UK figures.";
        }
        else
        {
            var byEdition = responders.Slices.GroupBy(s => s.Edition)
                .Select(g => $"{string.Join(", ", g.Select(s => $"{s.FirstResponderType} {Label(s.Quarter)}"))} from the {g.Key} edition");
            text = $"UK figures: NRM referrals by first responder ({string.Join("; ", byEdition)}).";
            var missing = quarters.Where(q => !responders.Quarters.Contains(new StatisticsPeriod(q.Year, q.Number))).ToList();
            if (missing.Count > 0)
            {
                text += $" No edition holds {string.Join(", ", missing.Select(q => q.Label))}: the UK shares are of the quarters held.";
            }
        }

        return extra is null ? text : $"{text} {extra}";
    }

    private static string Held(string what, string? edition, List<Quarter> quarters, IReadOnlyList<QuarterCount>? held)
    {
        if (edition is null || held is null || held.Count == 0)
        {
            return $"No edition of the national statistics holds {what} for {Span(quarters)}.";
        }

        var missing = quarters.Where(q => !held.Any(h => h.Year == q.Year && h.Quarter == q.Number)).ToList();
        return missing.Count == 0
            ? $"{what}: {edition} edition."
            : $"{what}: {edition} edition, which does not hold {string.Join(", ", missing.Select(q => q.Label))}.";
    }

    private static Dictionary<string, int> Relabel(IEnumerable<CategoryCount> counts, Func<string, string> normalise) =>
        counts.GroupBy(c => normalise(c.Category), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.OrdinalIgnoreCase);

    // A label outside the published list is kept as it is rather than failing the whole comparison.
    private static string NormaliseExploitationType(string label)
    {
        try
        {
            return PublishedCategories.NormaliseExploitationType(label);
        }
        catch (ArgumentException)
        {
            return label.Trim();
        }
    }

    private static string NormaliseAge(string label)
    {
        try
        {
            return PublishedCategories.NormaliseAgeAtExploitation(label);
        }
        catch (ArgumentException)
        {
            return label.Trim();
        }
    }

    private static ReportValue UkCount(int? value) => value is { } v ? ReportValue.Count(v) : ReportValue.None(ValueFormat.Count);

    private static double? ShareOf(int? part, int? whole) => part is { } p && whole is > 0 ? (double)p / whole.Value : null;

    private static string Label(StatisticsPeriod period) => string.Create(CultureInfo.InvariantCulture, $"Q{period.Quarter} {period.Year}");

    private static string Span(List<Quarter> quarters) =>
        quarters.Count == 1 ? quarters[0].Label : $"{quarters[0].Label} to {quarters[^1].Label}";
}
