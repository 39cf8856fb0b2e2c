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

public sealed record DecisionCount(string Edition, int Year, string AgeAtExploitation, string Decision, int Count);

/// <summary>
/// The national figures the dashboard shows. Each method reads one edition: the one named, or else
/// the newest edition holding that table for the period asked about, since figures are revised
/// between releases and mixing editions would give totals nobody published.
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

    public async Task<IReadOnlyList<FirstResponderTypeCount>> ReferralsByFirstResponderTypeAsync(
        int year, int quarter, string? edition = null, CancellationToken cancellationToken = default)
    {
        var found = await FindEditionAsync(StatisticsTableKind.ReferralsByFirstResponder, edition, year, quarter, cancellationToken);
        if (found is null)
        {
            return [];
        }

        var rows = await Figures(StatisticsTableKind.ReferralsByFirstResponder, found.Id)
            .Where(f => f.Year == year && f.Quarter == quarter)
            .GroupBy(f => f.FirstResponderType!)
            .Select(g => new { Type = g.Key, People = g.Sum(f => f.Value) })
            .OrderBy(r => r.Type)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FirstResponderTypeCount(found.Name, r.Type, r.People))];
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
