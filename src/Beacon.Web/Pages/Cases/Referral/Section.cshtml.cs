using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Core.ReferenceData;
using Beacon.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Referral;

/// <summary>Any section of the national form that is questions and answers only, driven by <see cref="ReferralForm"/>.</summary>
public class SectionModel(AppDbContext db, CurrentUser currentUser, ReferralService referrals) : ReferralPageModel(db, currentUser)
{
    public SectionDef Def { get; private set; } = null!;

    /// <summary>What the form shows: the stored answers, or what was posted when it could not be saved.</summary>
    public Dictionary<string, string[]> Values { get; } = [];

    public Dictionary<string, IReadOnlyList<string>> Lists { get; } = [];

    public async Task<IActionResult> OnGetAsync(string section)
    {
        if (await OpenAsync(section) is { } stop)
        {
            return stop;
        }

        var answers = Def.Section(Answers);
        foreach (var field in Def.Fields)
        {
            Values[field.Name] = ReferralForm.Read(answers, field);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string section)
    {
        if (await OpenAsync(section) is { } stop)
        {
            return stop;
        }

        var parsed = new Dictionary<FieldDef, object?>();
        var target = Def.Section(Answers);
        foreach (var field in Def.Fields)
        {
            var posted = field.Kind == FieldKind.Date
                ? new Microsoft.Extensions.Primitives.StringValues([Request.Form[field.Name + ".Day"], Request.Form[field.Name + ".Month"], Request.Form[field.Name + ".Year"]])
                : Request.Form[field.Name];
            Values[field.Name] = [.. posted.Select(p => p ?? string.Empty)];
            var (value, error) = ReferralForm.Parse(target, field, posted, field.List is null ? null : Lists[field.List]);
            if (error is not null)
            {
                ModelState.AddModelError(field.Name, error);
            }

            parsed[field] = value;
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var result = await referrals.SaveSectionAsync(ReferralId, Version, answers =>
        {
            var into = Def.Section(answers);
            foreach (var (field, value) in parsed)
            {
                ReferralForm.Write(into, field, value);
            }
        }, HttpContext.RequestAborted);
        return result.Succeeded ? Redirect(Base) : Failed(result, Def.Fields[0].Name);
    }

    private async Task<IActionResult?> OpenAsync(string section)
    {
        if (await LoadAsync() is { } stop)
        {
            return stop;
        }

        if (ReferralForm.Find(section) is not { } def)
        {
            return NotFound();
        }

        Def = def;
        if (!def.Applies(Referral))
        {
            return Redirect(Base);
        }

        foreach (var list in def.Fields.Select(f => f.List).OfType<string>().Distinct())
        {
            Lists[list] = await ListAsync(list);
        }

        return null;
    }

    private Task<List<string>> ListAsync(string key) => key switch
    {
        "first-responders" => Names(Db.FirstResponderOrganisations),
        "regions" => Names(Db.Regions),
        "police-forces" => Names(Db.PoliceForces),
        "nationalities" => Names(Db.Nationalities),
        "countries" => Names(Db.Countries),
        _ => throw new InvalidOperationException($"No list {key}."),
    };

    private Task<List<string>> Names<T>(IQueryable<T> entries)
        where T : ReferenceEntry =>
        entries.AsNoTracking().Where(e => e.IsActive).OrderBy(e => e.SortOrder).Select(e => e.Name).ToListAsync(HttpContext.RequestAborted);
}
