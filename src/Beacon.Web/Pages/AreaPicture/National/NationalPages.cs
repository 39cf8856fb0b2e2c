using System.Globalization;
using Beacon.Core.Statistics;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Beacon.Web.Pages.AreaPicture.National;

/// <summary>What the national statistics pages share: the notice after an import, the tables' names in words, dates.</summary>
public static class NationalPages
{
    public const string NoticeKey = "NationalNotice";

    public const string IndexPath = "/area-picture/national";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The success banner the index shows after the redirect. Counts and edition names only: it travels in a cookie.</summary>
    public static void Notice(this ITempDataDictionary tempData, string text)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[NoticeKey] = text;
    }

    public static string TableName(StatisticsTableKind kind) => kind switch
    {
        StatisticsTableKind.ReferralsLongitudinal => "NRM referrals by quarter, age and location of exploitation",
        StatisticsTableKind.ReasonableGrounds => "Reasonable grounds decisions by quarter and age",
        StatisticsTableKind.ConclusiveGrounds => "Conclusive grounds decisions by quarter and age",
        StatisticsTableKind.DutyToNotifyLongitudinal => "Duty to Notify reports by quarter",
        StatisticsTableKind.DutyToNotifyByNationality => "Duty to Notify reports by nationality",
        StatisticsTableKind.ReferralsByFirstResponder => "NRM referrals by first responder",
        _ => kind.ToString(),
    };

    /// <summary>The slice an import replaces, in words: a whole table covers every year it holds.</summary>
    public static string ScopeName(string scope) => scope.Length == 0 ? "Every year in the table" : scope;

    public static string DateAndTime(DateTimeOffset value) => value.ToUniversalTime().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", English);

    public static string Count(int value) => value.ToString("N0", English);
}
