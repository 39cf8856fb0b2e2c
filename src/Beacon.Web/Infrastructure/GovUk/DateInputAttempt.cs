using Microsoft.AspNetCore.Mvc.Rendering;

namespace Beacon.Web.Infrastructure.GovUk;

[Flags]
public enum DateParts
{
    None = 0,
    Day = 1,
    Month = 2,
    Year = 4,
    All = Day | Month | Year,
}

/// <summary>
/// What was typed into a date input on this request, and which parts were wrong. The binder records it
/// in <see cref="HttpContext.Items"/> so the date tag helper can re-show the typed parts and mark only
/// the wrong ones, and the error summary can link to the first wrong part.
/// </summary>
public sealed record DateInputAttempt(string Day, string Month, string Year, DateParts WrongParts)
{
    private const string ItemsKeyPrefix = "Beacon.DateInput:";

    public static readonly (DateParts Part, string Suffix, string Label)[] Parts =
    [
        (DateParts.Day, "Day", "Day"),
        (DateParts.Month, "Month", "Month"),
        (DateParts.Year, "Year", "Year"),
    ];

    public static DateInputAttempt? Find(HttpContext httpContext, string modelName) =>
        httpContext.Items.TryGetValue(ItemsKeyPrefix + modelName, out var value) ? value as DateInputAttempt : null;

    public void Save(HttpContext httpContext, string modelName) => httpContext.Items[ItemsKeyPrefix + modelName] = this;

    /// <summary>The form field name of one part: <c>Input.DateOfBirth.Day</c>.</summary>
    public static string PartName(string modelName, DateParts part) => modelName + "." + part;

    public static string PartId(string modelName, DateParts part) => TagBuilder.CreateSanitizedId(PartName(modelName, part), "_");

    public DateParts FirstWrongPart => Parts.Select(p => p.Part).FirstOrDefault(p => WrongParts.HasFlag(p));
}
