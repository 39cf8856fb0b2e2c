using Beacon.Core.Cases;
using Beacon.Core.Concerns;
using Beacon.Web.Infrastructure.GovUk;
using Beacon.Web.Pages.Concerns.New;

namespace Beacon.Web.Pages.Concerns;

/// <summary>The plain-English words of the concern journey's answers, shared by the questions and the summaries.</summary>
public static class ConcernWording
{
    public static readonly IReadOnlyList<(Indicators Sign, string Label)> AdultSigns =
    [
        (Indicators.WorksAgainstTheirWill, "Works against their will"),
        (Indicators.CannotLeave, "Cannot leave their work or home"),
        (Indicators.MovementControlled, "Someone controls where they go, or drops them off and collects them"),
        (Indicators.FearOrAnxiety, "Seems fearful or anxious"),
        (Indicators.ViolenceOrThreats, "Violence or threats against them or their family"),
        (Indicators.Injuries, "Has injuries, for example from an assault or unsafe work"),
        (Indicators.DistrustOfAuthorities, "Distrusts the police or other authorities"),
        (Indicators.FearAboutImmigrationStatus, "Is afraid about their immigration status"),
        (Indicators.DocumentsHeldByOthers, "Someone else holds their passport or identity documents"),
        (Indicators.FalseOrNoDocuments, "Has false documents or none"),
        (Indicators.DebtBondage, "Owes a debt to the people who brought them here"),
        (Indicators.DoesNotKnowAddress, "Does not know their home or work address"),
        (Indicators.OthersSpeakForThem, "Lets someone else speak for them"),
        (Indicators.PoorOrOvercrowdedAccommodation, "Lives in poor or overcrowded accommodation"),
        (Indicators.LittleOrNoPay, "Gets little or no pay, or their wages are taken"),
        (Indicators.NoDaysOff, "Has no days off"),
        (Indicators.ExcessiveHours, "Works very long hours"),
        (Indicators.NoMedicalCare, "Has had no medical care"),
        (Indicators.LimitedSocialContact, "Has little contact with anyone outside work"),
        (Indicators.FalsePromises, "Came here on false promises of work or study"),
    ];

    public static readonly IReadOnlyList<(Indicators Sign, string Label)> ChildSigns =
    [
        (Indicators.GoingMissing, "Goes missing from home, care or school"),
        (Indicators.UnexplainedMoneyOrPhones, "Has money, phones or clothes they cannot explain"),
        (Indicators.OlderAssociates, "Spends time with older people who seem to control them"),
        (Indicators.CountyLines, "Travels to other areas, which may be drug running (county lines)"),
    ];

    public static readonly IReadOnlyList<(PlaceType Place, string Label)> Places =
    [
        (PlaceType.CarWash, "Car wash"),
        (PlaceType.NailBar, "Nail bar or beauty salon"),
        (PlaceType.Agriculture, "Farm, field or food packing"),
        (PlaceType.Construction, "Building site"),
        (PlaceType.Factory, "Factory"),
        (PlaceType.Warehouse, "Warehouse"),
        (PlaceType.Hospitality, "Restaurant, takeaway, hotel or bar"),
        (PlaceType.PrivateHome, "Someone's home"),
        (PlaceType.SexIndustry, "Brothel, massage parlour or sex work"),
        (PlaceType.CannabisFarm, "Cannabis farm"),
        (PlaceType.Street, "In the street, begging or selling"),
        (PlaceType.TransportHub, "Station, port, airport or lorry park"),
        (PlaceType.Other, "Somewhere else"),
        (PlaceType.NotKnown, "I do not know"),
    ];

    public static string Place(PlaceType place) => Places.FirstOrDefault(p => p.Place == place).Label ?? place.ToString();

    public static IEnumerable<string> Signs(Indicators indicators) =>
        AdultSigns.Concat(ChildSigns).Where(s => indicators.HasFlag(s.Sign)).Select(s => s.Label);

    public static string Age(AgeAnswer age, int? estimated) => (age switch
    {
        AgeAnswer.Under18 => "Under 18",
        AgeAnswer.Adult => "18 or over",
        _ => "Not sure",
    }) + (estimated is { } years ? $" (about {years})" : string.Empty);

    public static string Gender(Gender? gender) => gender switch
    {
        Core.Cases.Gender.Female => "Female",
        Core.Cases.Gender.Male => "Male",
        Core.Cases.Gender.DoesNotIdentifyAsEither => "Does not identify as either",
        _ => "Not known",
    };

    public static string Route(CaseRoute route) => route == CaseRoute.Child ? "Child (MASH)" : "Adult (adult triage)";

    public static string Status(ConcernStatus status) => ConcernService.StatusText(status);

    public static readonly IReadOnlyList<(string When, string Number)> Helplines = Guidance.SpotTheSignsModel.Contacts;

    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", English) ?? "Not given";

    /// <summary>
    /// The answers as a GOV.UK summary list: on check your answers with change links (page →
    /// link), on the concern page without.
    /// </summary>
    public static IReadOnlyList<SummaryListRow> Rows(ConcernDraft answers, string? areaName, Func<string, string>? change)
    {
        ArgumentNullException.ThrowIfNull(answers);
        SummaryListRow Row(string key, string value, string page, string hidden, bool lines = false) => new()
        {
            Key = new ContentOptions { Text = key },
            Value = new ContentOptions { Text = value, Classes = lines ? "app-preserve-lines" : null },
            Actions = change is null ? null : new SummaryListActions { Items = [new SummaryListAction { Href = change(page), Text = "Change", VisuallyHiddenText = hidden }] },
        };

        var signs = Signs(answers.Indicators).ToList();
        var rows = new List<SummaryListRow>
        {
            Row("Anyone in immediate danger", answers.ImmediateDanger == true ? "Yes" : "No", ConcernJourney.ImmediateDanger, "whether anyone is in immediate danger"),
        };
        if (answers.ImmediateDanger == true)
        {
            rows.Add(Row("Called 999", answers.PoliceCalled == true ? "Yes" : "No", ConcernJourney.CallPolice, "whether you called 999"));
        }

        rows.Add(Row("Signs you noticed", signs.Count == 0 ? "None selected" : string.Join("\n", signs), ConcernJourney.WhatYouSaw, "the signs you noticed", lines: true));
        rows.Add(Row("What you saw", answers.WhatWasSeen ?? string.Empty, ConcernJourney.WhatYouSaw, "what you saw", lines: true));
        rows.Add(Row("Date you saw this", Date(answers.SeenOn), ConcernJourney.WhereAndWhen, "the date you saw this"));
        rows.Add(Row("Where", answers.WhereSeen ?? string.Empty, ConcernJourney.WhereAndWhen, "where you saw this", lines: true));
        rows.Add(Row("Kind of place", answers.PlaceType is { } place ? Place(place) : string.Empty, ConcernJourney.WhereAndWhen, "the kind of place"));
        rows.Add(Row("Town or city", answers.Town ?? "Not given", ConcernJourney.WhereAndWhen, "the town or city"));
        rows.Add(Row("Business or premises", answers.BusinessName ?? "Not given", ConcernJourney.WhereAndWhen, "the business or premises"));
        if (areaName is not null)
        {
            rows.Add(Row("Area", areaName, ConcernJourney.WhereAndWhen, "the area"));
        }

        rows.Add(Row("Do you know who they are", answers.PersonKnown == true ? "Yes" : "No", ConcernJourney.Person, "whether you know who the person is"));
        if (answers.PersonKnown == true)
        {
            rows.Add(Row("Name", answers.PersonName ?? string.Empty, ConcernJourney.Person, "their name"));
            rows.Add(Row("Other names", answers.PersonOtherNames ?? "None given", ConcernJourney.Person, "their other names"));
            rows.Add(Row("Date of birth", Date(answers.PersonDateOfBirth), ConcernJourney.Person, "their date of birth"));
        }

        rows.Add(Row("Age", answers.Age is { } age ? Age(age, answers.EstimatedAge) : string.Empty, ConcernJourney.Age, "their age"));
        rows.Add(Row("Gender", Gender(answers.Gender), ConcernJourney.Age, "their gender"));
        rows.Add(Row("Nationality", answers.Nationality ?? "Not known", ConcernJourney.Age, "their nationality"));
        rows.Add(Row("In their own words", answers.OwnWords ?? "Nothing recorded", ConcernJourney.OwnWords, "what they said", lines: true));
        return rows;
    }
}
