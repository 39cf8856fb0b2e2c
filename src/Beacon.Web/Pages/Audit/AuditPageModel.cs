using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beacon.Core.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Audit;

/// <summary>
/// What the auditor's pages share: the date range (a GET form, so a filtered page can be bookmarked
/// and paged) and links that keep it.
/// </summary>
public abstract class AuditPageModel : PageModel
{
    /// <summary>A year and a day: the most one whole-log export may cover.</summary>
    public const int MaxExportDays = 366;

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Start date", Description = "For example, 1 11 2026")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "End date", Description = "For example, 22 11 2026")]
    public DateOnly? To { get; set; }

    public AuditPeriod Period => AuditPeriod.Days(From, To);

    public bool Filtered => From is not null || To is not null;

    /// <summary>Adds GOV.UK errors for a range that cannot be used; true when it can.</summary>
    protected bool CheckPeriod(bool required = false, int? maxDays = null)
    {
        if (required && From is null && !HasError(nameof(From)))
        {
            ModelState.AddModelError(nameof(From), "Enter a start date");
        }

        if (required && To is null && !HasError(nameof(To)))
        {
            ModelState.AddModelError(nameof(To), "Enter an end date");
        }

        if (From is { } from && To is { } to)
        {
            if (to < from)
            {
                ModelState.AddModelError(nameof(To), "End date must be the same as or after the start date");
            }
            else if (maxDays is { } max && to.DayNumber - from.DayNumber + 1 > max)
            {
                ModelState.AddModelError(nameof(To), $"The dates must cover {max} days or fewer");
            }
        }

        return !HasError(nameof(From)) && !HasError(nameof(To));
    }

    /// <summary>This page's address with the date range kept and the given query values set (null drops one).</summary>
    public string Href(params (string Key, string? Value)[] values)
    {
        var query = new List<KeyValuePair<string, string?>>();
        AddDate(query, nameof(From), From);
        AddDate(query, nameof(To), To);
        query.AddRange(values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
        return Request.Path + QueryString.Create(query).ToUriComponent();
    }

    /// <summary>The dates for an export's file name: no personal data, just when.</summary>
    protected string FileDates(TimeProvider time) =>
        (From, To) switch
        {
            (null, null) => "to-" + IsoDate(UkTime.Today(time)),
            ({ } from, null) => IsoDate(from) + "-to-" + IsoDate(UkTime.Today(time)),
            (null, { } to) => "to-" + IsoDate(to),
            ({ } from, { } to) => IsoDate(from) + "-to-" + IsoDate(to),
        };

    protected static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    private static void AddDate(List<KeyValuePair<string, string?>> query, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            query.Add(new(name + ".Day", d.Day.ToString(CultureInfo.InvariantCulture)));
            query.Add(new(name + ".Month", d.Month.ToString(CultureInfo.InvariantCulture)));
            query.Add(new(name + ".Year", d.Year.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
