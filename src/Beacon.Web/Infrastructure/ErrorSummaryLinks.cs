using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Beacon.Web.Infrastructure;

/// <summary>Where an error summary link points: the field's id, or the first wrong part of a date.</summary>
public static class ErrorSummaryLinks
{
    /// <summary>Metadata key a date binder sets to say which part (Day, Month, Year) to focus.</summary>
    public const string FocusSuffixKey = "__focus";

    public static string FieldId(ModelStateDictionary modelState, string key)
    {
        var id = TagBuilder.CreateSanitizedId(key, "_");
        if (modelState.TryGetValue(key + FocusSuffixKey, out var focus) && focus.AttemptedValue is { Length: > 0 } part)
        {
            return $"{id}-{part}";
        }

        return id;
    }
}
