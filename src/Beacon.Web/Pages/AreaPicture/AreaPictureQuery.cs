using Beacon.Core.Access;
using Beacon.Core.AreaPicture;
using Beacon.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.AreaPicture;

/// <summary>
/// The dashboard's filters as they arrive in the query string (<c>?from=2025-q1&amp;to=2025-q4&amp;area=…&amp;organisation=…</c>):
/// periods by calendar quarter, one of the asker's areas or all of them, one organisation or all.
/// Anything that is not one of the asker's own choices falls back to the default, so a crafted
/// address can neither widen what is counted nor tell whether an area exists.
/// </summary>
public sealed class AreaPictureQuery
{
    /// <summary>The earliest quarter offered: the national statistics' series starts in 2009, Beacon's own data later.</summary>
    public static readonly Quarter Earliest = new(2019, 1);

    public string? From { get; set; }

    public string? To { get; set; }

    public Guid? Area { get; set; }

    public Guid? Organisation { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];

    public static AreaPictureQuery Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new AreaPictureQuery
        {
            From = query["from"].FirstOrDefault(),
            To = query["to"].FirstOrDefault(),
            Area = Guid.TryParse(query["area"].FirstOrDefault(), out var area) ? area : null,
            Organisation = Guid.TryParse(query["organisation"].FirstOrDefault(), out var organisation) ? organisation : null,
        };
    }

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    public AreaPictureFilter Filter { get; private set; } = null!;

    public string AreaName => Filter.AreaIds.Count == 1 ? Areas.FirstOrDefault(a => a.Id == Filter.AreaIds[0]).Name ?? "Your area" : "All your areas";

    public string? OrganisationName => Filter.OrganisationId is { } id ? Organisations.FirstOrDefault(o => o.Id == id).Name : null;

    /// <summary>"Q1 2025 to Q4 2025", or one quarter's name.</summary>
    public string PeriodName => Filter.From == Filter.To ? $"{Filter.From.Label} ({Filter.From.Months})" : $"{Filter.From.Label} to {Filter.To.Label}";

    public async Task ResolveAsync(AppDbContext db, AccessScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var areaIds = scope.AreaIds;
        Areas = [.. (await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Name))];
        Organisations = [.. (await db.Organisations.AsNoTracking()
                .Where(o => db.OrganisationAreas.Any(oa => oa.OrganisationId == o.Id && areaIds.Contains(oa.AreaId)))
                .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name))];

        var latest = Quarter.Of(today);
        Quarters = [.. Quarter.Range(Earliest, latest).Reverse()];
        var to = Quarter.TryParse(To, out var t) && t.CompareTo(latest) <= 0 && t.CompareTo(Earliest) >= 0 ? t : latest;
        var from = Quarter.TryParse(From, out var f) && f.CompareTo(latest) <= 0 && f.CompareTo(Earliest) >= 0 ? f : Back(to, 3);
        if (from.CompareTo(to) > 0)
        {
            (from, to) = (to, from);
        }

        var area = Area is { } a && Areas.Any(x => x.Id == a) ? a : (Guid?)null;
        var organisation = Organisation is { } o && Organisations.Any(x => x.Id == o) ? o : (Guid?)null;
        Area = area;
        Organisation = organisation;
        From = from.Code;
        To = to.Code;
        Filter = new AreaPictureFilter(from, to, area is { } one ? [one] : [.. Areas.Select(x => x.Id)], organisation);
    }

    /// <summary>The query string for these filters, plus anything else given.</summary>
    public string QueryString(params (string Key, string? Value)[] extra)
    {
        var pairs = new List<(string, string?)> { ("from", From), ("to", To), ("area", Area?.ToString()), ("organisation", Organisation?.ToString()) };
        pairs.AddRange(extra);
        return "?" + string.Join('&', pairs.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
    }

    public static Quarter Back(Quarter quarter, int quarters)
    {
        for (var i = 0; i < quarters; i++)
        {
            quarter = quarter.Previous;
        }

        return quarter;
    }
}
