using Beacon.Web.Infrastructure.GovUk;

using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Beacon.Web.Infrastructure;

/// <summary>Where an error summary link points: the field's id, or the first wrong part of a date.</summary>
public static class ErrorSummaryLinks
{
    public static string FieldId(HttpContext httpContext, string key)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (DateInputAttempt.Find(httpContext, key) is { WrongParts: not DateParts.None } attempt)
        {
            return DateInputAttempt.PartId(key, attempt.FirstWrongPart);
        }

        return TagBuilder.CreateSanitizedId(key, "_");
    }

    /// <summary>The GOV.UK error summary for every ModelState error, in the order the fields were bound.</summary>
    public static ErrorSummaryOptions Summary(HttpContext httpContext, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var errors = modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors
                .Where(error => !string.IsNullOrEmpty(error.ErrorMessage))
                .Select(error => new ErrorSummaryItem { Text = error.ErrorMessage, Href = "#" + FieldId(httpContext, e.Key) }))
            .ToList();
        return new ErrorSummaryOptions { TitleText = "There is a problem", ErrorList = errors };
    }
}
