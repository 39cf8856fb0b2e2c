using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Statistics;

public enum DecisionStage
{
    ReasonableGrounds,
    ConclusiveGrounds,
}

/// <summary>A national figure and the edition it was read from, which the dashboard shows beside it.</summary>
public sealed record NationalCount(string Edition, int Value);

public sealed record FirstResponderTypeCount(string Edition, string FirstResponderType, int People);

public sealed record QuarterCount(string Edition, int Year, int? Quarter, int Count);

/// <summary>The columns of the first responder tables a count can be broken down by.</summary>
public enum FirstResponderDimension
{
    ExploitationType,
    Nationality,
    AgeAtExploitation,
    Gender,
    FirstResponderType,
}

public sealed record CategoryCount(string Category, int Count);

/// <summary>One quarter's file for one first responder type, and the edition it was read from.</summary>
public sealed record FirstResponderSlice(StatisticsPeriod Quarter, string FirstResponderType, string Edition);

/// <param name="Slices">The quarter and first responder type files the counts add up, each with its edition; empty when no edition holds any.</param>
/// <param name="Counts">Per column asked for: labels as published, largest first.</param>
public sealed record FirstResponderBreakdown(IReadOnlyList<FirstResponderSlice> Slices, IReadOnlyDictionary<FirstResponderDimension, IReadOnlyList<CategoryCount>> Counts)
{
    public IReadOnlyList<StatisticsPeriod> Quarters => [.. Slices.Select(s => s.Quarter).Distinct()];

    public IReadOnlyList<string> Editions => [.. Slices.Select(s => s.Edition).Distinct()];
}

/// <summary>The longitudinal referrals table for a period, from one edition.</summary>
/// <param name="ByQuarter">The quarters of the period the edition holds.</param>
/// <param name="ByAge">Over those quarters, labels as published.</param>
public sealed record LongitudinalReferrals(string Edition, IReadOnlyList<QuarterCount> ByQuarter, IReadOnlyList<CategoryCount> ByAge);

public sealed record DecisionCount(string Edition, int Year, string AgeAtExploitation, string Decision, int Count);

/// <summary>
/// The national figures the dashboard shows. Each method reads one edition: the one named, or else
/// the newest edition holding that table for the period asked about, since figures are revised
/// between releases and mixing editions would give totals nobody published. The first responder
/// tables are one file per quarter and first responder type, so there the choice is made per file.
/// </summary>
public sealed class NationalStatistics(AppDbContext db)
{
    /// <returns>Null when no edition holds referrals for that year.</returns>
    public async Task<NationalCount?> AnnualReferralsAsync(int year, string? edition = null, CancellationToken cancellationToken = default)
    {
        var found = await FindEditionAsync(StatisticsTableKind.ReferralsLongitudinal, edition, year, null, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var total = await Figures(StatisticsTableKind.ReferralsLongitudinal, found.Id).Where(f => f.Year == year).SumAsync(f => f.Value, cancellationToken);
        return new NationalCount(found.Name, total);
    }

    /// <summary>
    /// NRM referrals of one quarter by first responder type. Each type comes in its own file, so the
    /// local-authority, government and NGO figures of a quarter may sit in different editions: each
    /// type is read from the newest edition holding it (or from the edition named).
    /// </summary>
    public async Task<IReadOnlyList<FirstResponderTypeCount>> ReferralsByFirstResponderTypeAsync(
        int year, int quarter, string? edition = null, CancellationToken cancellationToken = default)
    {
        var period = new StatisticsPeriod(year, quarter);
        var breakdown = await ReferralsByFirstResponderAsync([FirstResponderDimension.FirstResponderType], period, period, edition, cancellationToken);
        var people = breakdown.Counts[FirstResponderDimension.FirstResponderType];
        return [.. breakdown.Slices
            .Select(slice => new FirstResponderTypeCount(slice.Edition, slice.FirstResponderType, people.Single(c => c.Category == slice.FirstResponderType).Count))
            .OrderBy(c => c.FirstResponderType, StringComparer.Ordinal)];
    }

    /// <summary>
    /// NRM referrals from the first responder tables for the quarters from <paramref name="from"/> to
    /// <paramref name="to"/> that any edition holds, by each of the columns asked for. Each quarter and
    /// first responder type is its own file, so each is read from the newest edition holding it (or the
    /// one named), and the result says which. One query to choose the files, one per column.
    /// </summary>
    public async Task<FirstResponderBreakdown> ReferralsByFirstResponderAsync(
        IReadOnlyList<FirstResponderDimension> dimensions, StatisticsPeriod from, StatisticsPeriod to, string? edition = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var (first, last) = (Index(from), Index(to));
        var candidates = await InPeriod(db.NationalFigures.AsNoTracking(), first, last)
            .Where(f => f.TableKind == StatisticsTableKind.ReferralsByFirstResponder && (edition == null || f.Edition.Name == edition))
            .Select(f => new { f.ImportId, f.Year, Quarter = f.Quarter!.Value, Type = f.FirstResponderType!, f.Edition.Name, f.Edition.ReleaseYear, f.Edition.ReleaseQuarter })
            .Distinct()
            .ToListAsync(cancellationToken);
        var chosen = candidates
            .GroupBy(c => (c.Year, c.Quarter, c.Type))
            .Select(g => g.OrderByDescending(c => c.ReleaseYear).ThenByDescending(c => c.ReleaseQuarter).First())
            .OrderBy(c => c.Year).ThenBy(c => c.Quarter).ThenBy(c => c.Type, StringComparer.Ordinal)
            .ToList();
        var counts = new Dictionary<FirstResponderDimension, IReadOnlyList<CategoryCount>>();
        if (chosen.Count == 0)
        {
            return new FirstResponderBreakdown([], dimensions.Distinct().ToDictionary(d => d, _ => (IReadOnlyList<CategoryCount>)[]));
        }

        // A file may hold other quarters' rows only in theory (one-quarter tables); the period filter keeps to the slices chosen.
        var imports = chosen.Select(c => c.ImportId).Distinct().ToList();
        var figures = InPeriod(db.NationalFigures.AsNoTracking(), first, last).Where(f => imports.Contains(f.ImportId));
        foreach (var dimension in dimensions.Distinct())
        {
            var grouped = dimension switch
            {
                FirstResponderDimension.ExploitationType => figures.GroupBy(f => f.ExploitationType!),
                FirstResponderDimension.Nationality => figures.GroupBy(f => f.Nationality!),
                FirstResponderDimension.AgeAtExploitation => figures.GroupBy(f => f.AgeAtExploitation!),
                FirstResponderDimension.Gender => figures.GroupBy(f => f.Gender!),
                FirstResponderDimension.FirstResponderType => figures.GroupBy(f => f.FirstResponderType!),
                _ => throw new ArgumentOutOfRangeException(nameof(dimensions), dimension, "Not a column of the first responder tables."),
            };
            var rows = await grouped.Select(g => new CategoryCount(g.Key, g.Sum(f => f.Value))).ToListAsync(cancellationToken);
            counts[dimension] = [.. rows.OrderByDescending(c => c.Count).ThenBy(c => c.Category, StringComparer.Ordinal)];
        }

        return new FirstResponderBreakdown([.. chosen.Select(c => new FirstResponderSlice(new StatisticsPeriod(c.Year, c.Quarter), c.Type, c.Name))], counts);
    }

    /// <summary>
    /// NRM referrals per quarter of the period and by age at exploitation (as published), from the one
    /// newest edition of the longitudinal table holding any quarter of it. One query.
    /// </summary>
    /// <returns>Null when no edition holds any quarter of the period.</returns>
    public async Task<LongitudinalReferrals?> ReferralsInPeriodAsync(StatisticsPeriod from, StatisticsPeriod to, CancellationToken cancellationToken = default)
    {
        var rows = await InPeriod(db.NationalFigures.AsNoTracking(), Index(from), Index(to))
            .Where(f => f.TableKind == StatisticsTableKind.ReferralsLongitudinal)
            .GroupBy(f => new { f.Edition.Name, f.Edition.ReleaseYear, f.Edition.ReleaseQuarter, f.Year, Quarter = f.Quarter!.Value, Age = f.AgeAtExploitation! })
            .Select(g => new { g.Key.Name, g.Key.ReleaseYear, g.Key.ReleaseQuarter, g.Key.Year, g.Key.Quarter, g.Key.Age, Count = g.Sum(f => f.Value) })
            .ToListAsync(cancellationToken);
        var newest = rows.OrderByDescending(r => r.ReleaseYear).ThenByDescending(r => r.ReleaseQuarter).FirstOrDefault();
        if (newest is null)
        {
            return null;
        }

        var held = rows.Where(r => r.Name == newest.Name).ToList();
        var ages = NationalStatisticsParser.AgesAtExploitation.ToList();
        return new LongitudinalReferrals(
            newest.Name,
            [.. held.GroupBy(r => (r.Year, r.Quarter)).OrderBy(g => g.Key)
                .Select(g => new QuarterCount(newest.Name, g.Key.Year, g.Key.Quarter, g.Sum(r => r.Count)))],
            [.. held.GroupBy(r => r.Age).Select(g => new CategoryCount(g.Key, g.Sum(r => r.Count))).OrderBy(c => ages.IndexOf(c.Category))]);
    }

    /// <summary>Duty to Notify reports per quarter of the period, from the one newest edition of the longitudinal table holding any of it. One query.</summary>
    public async Task<IReadOnlyList<QuarterCount>> DutyToNotifyInPeriodAsync(StatisticsPeriod from, StatisticsPeriod to, CancellationToken cancellationToken = default)
    {
        var rows = await InPeriod(db.NationalFigures.AsNoTracking(), Index(from), Index(to))
            .Where(f => f.TableKind == StatisticsTableKind.DutyToNotifyLongitudinal)
            .GroupBy(f => new { f.Edition.Name, f.Edition.ReleaseYear, f.Edition.ReleaseQuarter, f.Year, Quarter = f.Quarter!.Value })
            .Select(g => new { g.Key.Name, g.Key.ReleaseYear, g.Key.ReleaseQuarter, g.Key.Year, g.Key.Quarter, Count = g.Sum(f => f.Value) })
            .ToListAsync(cancellationToken);
        var newest = rows.OrderByDescending(r => r.ReleaseYear).ThenByDescending(r => r.ReleaseQuarter).FirstOrDefault();
        return newest is null
            ? []
            : [.. rows.Where(r => r.Name == newest.Name).OrderBy(r => r.Year).ThenBy(r => r.Quarter).Select(r => new QuarterCount(r.Name, r.Year, r.Quarter, r.Count))];
    }

    public async Task<IReadOnlyList<QuarterCount>> DutyToNotifyReportsByQuarterAsync(string? edition = null, CancellationToken cancellationToken = default)
    {
        var found = await FindEditionAsync(StatisticsTableKind.DutyToNotifyLongitudinal, edition, null, null, cancellationToken);
        if (found is null)
        {
            return [];
        }

        var rows = await Figures(StatisticsTableKind.DutyToNotifyLongitudinal, found.Id)
            .GroupBy(f => new { f.Year, f.Quarter })
            .Select(g => new { g.Key.Year, g.Key.Quarter, Count = g.Sum(f => f.Value) })
            .OrderBy(r => r.Year).ThenBy(r => r.Quarter)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new QuarterCount(found.Name, r.Year, r.Quarter, r.Count))];
    }

    public async Task<IReadOnlyList<DecisionCount>> DecisionsByAgeAsync(
        DecisionStage stage, int year, string? edition = null, CancellationToken cancellationToken = default)
    {
        var kind = stage == DecisionStage.ReasonableGrounds ? StatisticsTableKind.ReasonableGrounds : StatisticsTableKind.ConclusiveGrounds;
        var found = await FindEditionAsync(kind, edition, year, null, cancellationToken);
        if (found is null)
        {
            return [];
        }

        var rows = await Figures(kind, found.Id)
            .Where(f => f.Year == year)
            .GroupBy(f => new { Age = f.AgeAtExploitation!, Decision = f.Decision! })
            .Select(g => new { g.Key.Age, g.Key.Decision, Count = g.Sum(f => f.Value) })
            .ToListAsync(cancellationToken);

        // In the published order of ages rather than alphabetical.
        return [.. rows
            .OrderBy(r => NationalStatisticsParser.AgesAtExploitation.ToList().IndexOf(r.Age)).ThenBy(r => r.Decision, StringComparer.Ordinal)
            .Select(r => new DecisionCount(found.Name, year, r.Age, r.Decision, r.Count))];
    }

    private static int Index(StatisticsPeriod period) => (period.Year * 4) + period.Quarter - 1;

    private static IQueryable<NationalFigure> InPeriod(IQueryable<NationalFigure> figures, int first, int last) =>
        figures.Where(f => f.Quarter != null && (f.Year * 4) + f.Quarter - 1 >= first && (f.Year * 4) + f.Quarter - 1 <= last);

    private IQueryable<NationalFigure> Figures(StatisticsTableKind kind, Guid editionId) =>
        db.NationalFigures.AsNoTracking().Where(f => f.EditionId == editionId && f.TableKind == kind);

    private async Task<EditionRef?> FindEditionAsync(StatisticsTableKind kind, string? name, int? year, int? quarter, CancellationToken cancellationToken)
    {
        var editions = db.StatisticsEditions.AsNoTracking()
            .Where(e => db.NationalFigures.Any(f => f.EditionId == e.Id && f.TableKind == kind
                && (year == null || f.Year == year) && (quarter == null || f.Quarter == quarter)));
        if (name is not null)
        {
            editions = editions.Where(e => e.Name == name);
        }

        return await editions
            .OrderByDescending(e => e.ReleaseYear).ThenByDescending(e => e.ReleaseQuarter)
            .Select(e => new EditionRef(e.Id, e.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record EditionRef(Guid Id, string Name);
}
