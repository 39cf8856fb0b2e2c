using System.Globalization;

using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beacon.Web.Infrastructure.GovUk;

/// <summary>
/// Binds <see cref="DateOnly"/> and <see cref="DateOnly"/>? from the three fields of a GOV.UK date input
/// (<c>name.Day</c>, <c>name.Month</c>, <c>name.Year</c>), with the error messages GOV.UK's date input guidance gives.
/// </summary>
public sealed partial class DateInputModelBinder : IModelBinder
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var day = Read(bindingContext, DateParts.Day);
        var month = Read(bindingContext, DateParts.Month);
        var year = Read(bindingContext, DateParts.Year);

        if (day is null && month is null && year is null)
        {
            // Nothing of this date was posted at all (not even empty fields): leave it to other binders and defaults.
            return Task.CompletedTask;
        }

        var subject = Subject(bindingContext.ModelMetadata);
        var (date, wrong, message) = Parse(subject, day ?? "", month ?? "", year ?? "", bindingContext.ModelMetadata.IsRequired);
        new DateInputAttempt(day ?? "", month ?? "", year ?? "", wrong).Save(bindingContext.HttpContext, name);

        if (message is not null)
        {
            bindingContext.ModelState.TryAddModelError(name, message);
            bindingContext.Result = ModelBindingResult.Failed();
        }
        else
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }

        return Task.CompletedTask;
    }

    /// <summary>The date, or which parts are wrong and the message to show. Public so the rules can be tested directly.</summary>
    public static (DateOnly? Date, DateParts WrongParts, string? Message) Parse(string subject, string day, string month, string year, bool required)
    {
        var missing = DateParts.None;
        missing |= day.Length == 0 ? DateParts.Day : DateParts.None;
        missing |= month.Length == 0 ? DateParts.Month : DateParts.None;
        missing |= year.Length == 0 ? DateParts.Year : DateParts.None;

        if (missing == DateParts.All)
        {
            return required ? (null, DateParts.All, "Enter " + LowerFirst(subject)) : (null, DateParts.None, null);
        }

        if (missing != DateParts.None)
        {
            var names = DateInputAttempt.Parts.Where(p => missing.HasFlag(p.Part)).Select(p => p.Label.ToLowerInvariant()).ToList();
            return (null, missing, $"{subject} must include a {string.Join(" and ", names)}");
        }

        var wrong = DateParts.None;
        var d = ParseNumber(day, 1, 31);
        var m = ParseNumber(month, 1, 12) ?? ParseMonthName(month);
        var y = year.Length == 4 ? ParseNumber(year, 1, 9999) : null;
        wrong |= d is null ? DateParts.Day : DateParts.None;
        wrong |= m is null ? DateParts.Month : DateParts.None;
        wrong |= y is null ? DateParts.Year : DateParts.None;

        if (wrong == DateParts.Year && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return (null, DateParts.Year, "Year must include 4 numbers");
        }

        if (wrong != DateParts.None)
        {
            return (null, wrong, $"{subject} must be a real date");
        }

        if (d > DateTime.DaysInMonth(y!.Value, m!.Value))
        {
            return (null, DateParts.Day, $"{subject} must be a real date");
        }

        return (new DateOnly(y.Value, m!.Value, d!.Value), DateParts.None, null);
    }

    private static string? Read(ModelBindingContext context, DateParts part)
    {
        var key = DateInputAttempt.PartName(context.ModelName, part);
        var result = context.ValueProvider.GetValue(key);
        return result == ValueProviderResult.None ? null : result.FirstValue?.Trim() ?? "";
    }

    private static int? ParseNumber(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max ? number : null;

    // GOV.UK asks services to accept month names and abbreviations as well as numbers.
    private static int? ParseMonthName(string value)
    {
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(value, English.DateTimeFormat.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, English.DateTimeFormat.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    internal static string Subject(ModelMetadata metadata) =>
        metadata.DisplayName ?? Humanise(metadata.PropertyName ?? metadata.Name ?? "Date");

    /// <summary>"DateOfBirth" becomes "Date of birth"; acronyms such as "NRM" stay as they are.</summary>
    internal static string Humanise(string name)
    {
        var words = Words().Matches(name)
            .Select(m => m.Value)
            .ToList();
        if (words.Count == 0)
        {
            return name;
        }

        return string.Join(' ', words.Select((w, i) => i == 0 || w.All(char.IsUpper) ? w : w.ToLowerInvariant()));
    }

    [System.Text.RegularExpressions.GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex Words();

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}

public sealed class DateInputModelBinderProvider : IModelBinderProvider
{
    private static readonly DateInputModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(DateOnly) ? Binder : null;
    }
}
