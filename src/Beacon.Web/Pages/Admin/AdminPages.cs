using System.Globalization;
using Beacon.Core.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Beacon.Web.Pages.Admin;

/// <summary>What the administration pages share: the notice after a redirect, errors from the services, dates.</summary>
public static class AdminPages
{
    public const string NoticeKey = "AdminNotice";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The GOV.UK success banner the next page shows (post/redirect/get). No personal data: it travels in a cookie.</summary>
    public static void Notice(this ITempDataDictionary tempData, string text)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[NoticeKey] = text;
    }

    /// <summary>Puts a service's error against its field on the form, e.g. <c>Form.Name</c>.</summary>
    public static void AddError(this ModelStateDictionary modelState, AdminResult result, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        var field = result.Field ?? string.Empty;
        modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", result.Error ?? "Something went wrong. Try again");
    }

    public static string Date(DateTimeOffset value) => value.ToString("d MMMM yyyy", English);

    public static string DateAndTime(DateTimeOffset value) => value.ToUniversalTime().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", English);

    public static string RoleList(IEnumerable<Role> roles) => string.Join(", ", roles.Order().Select(Roles.DisplayName));
}
