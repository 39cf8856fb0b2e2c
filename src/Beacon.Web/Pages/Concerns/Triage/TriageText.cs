using Beacon.Core.Cases;
using Beacon.Core.Concerns;

namespace Beacon.Web.Pages.Concerns.Triage;

/// <summary>How triage pages and the trays word a concern's facts.</summary>
public static class TriageText
{
    public static string Age(AgeAnswer age) => age switch
    {
        AgeAnswer.Under18 => "Under 18",
        AgeAnswer.Adult => "18 or over",
        _ => "Not sure",
    };

    public static string Route(CaseRoute route) => route == CaseRoute.Child ? "Child (MASH)" : "Adult";

    public static string Rag(RagRating rag) => rag switch
    {
        RagRating.Red => "Red",
        RagRating.Amber => "Amber",
        _ => "Green",
    };

    /// <summary>GOV.UK tag colours: red, orange for amber, green.</summary>
    public static string RagColour(RagRating rag) => rag switch
    {
        RagRating.Red => "red",
        RagRating.Amber => "orange",
        _ => "green",
    };

    public static string Status(ConcernStatus status) => status switch
    {
        ConcernStatus.New => "New",
        ConcernStatus.Assigned => "Assigned",
        ConcernStatus.CaseOpened => "Case opened",
        ConcernStatus.LinkedToCase => "Added to a case",
        _ => "No further action",
    };

    public static string Gender(Gender gender) => gender switch
    {
        Core.Cases.Gender.Female => "Female",
        Core.Cases.Gender.Male => "Male",
        Core.Cases.Gender.DoesNotIdentifyAsEither => "Does not identify as either",
        _ => "Not known",
    };

    public static string When(DateTimeOffset at) =>
        Core.Audit.UkTime.ToUk(at).ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
