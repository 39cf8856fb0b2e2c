using System.Globalization;
using Beacon.Core.Audit;

namespace Beacon.Web.Pages.Cases;

/// <summary>Dates on case pages as people in the partnership read them: UK time, GOV.UK style.</summary>
public static class CaseText
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateTimeOffset instant) => UkTime.ToUk(instant).ToString("d MMMM yyyy", Uk);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", Uk);

    public static string DateTime(DateTimeOffset instant)
    {
        var uk = UkTime.ToUk(instant);
        return uk.ToString("d MMMM yyyy 'at' h:mm", Uk) + uk.ToString("tt", CultureInfo.InvariantCulture).ToLowerInvariant();
    }
}
