using System.Globalization;
using System.Reflection;
using Beacon.Core.Cases;
using Microsoft.Extensions.Primitives;

namespace Beacon.Web.Pages.Cases.Referral;

public enum FieldKind
{
    Text,
    TextArea,
    YesNo,
    Radios,
    Checkboxes,
    Date,
    Number,
    Select,

    /// <summary>Up to 10 free-text entries (towns or cities).</summary>
    TextList,

    /// <summary>Up to 10 choices from a reference list (countries).</summary>
    SelectList,
}

public sealed record Choice(string Value, string Label, string? Group = null);

/// <summary>One question of a section page; <see cref="Name"/> is the property of the answers' section.</summary>
public sealed record FieldDef(string Name, string Label, FieldKind Kind, string? Hint = null, IReadOnlyList<Choice>? Choices = null, string? List = null);

/// <summary>A page of the national form: which section of the answers it edits and when it is asked.</summary>
public sealed record SectionDef(string Slug, string Letter, string Title, Func<ReferralAnswers, object> Section, IReadOnlyList<FieldDef> Fields, Func<Core.Cases.Referral, bool> Applies);

/// <summary>
/// The national form's sections as data, in its order, so one page can ask, check and show any of
/// them (design/nrm-form.md). Reference lists are stored by name, as the national form sends them.
/// </summary>
public static class ReferralForm
{
    public const int MaxListEntries = 10;

    public static readonly IReadOnlyList<Choice> YesNoNotSure = [new("Yes", "Yes"), new("No", "No"), new("NotSure", "Not sure")];

    public static readonly IReadOnlyList<Choice> Genders = [new("Female", "Female"), new("Male", "Male"), new("DoesNotIdentifyAsEither", "Does not identify as either")];

    public static readonly IReadOnlyList<Choice> Explanations =
    [
        new(nameof(ConsentExplanations.WhatTheNrmIs), "What the National Referral Mechanism is"),
        new(nameof(ConsentExplanations.SupportAvailable), "The support it can offer them"),
        new(nameof(ConsentExplanations.PossibleOutcomes), "The possible outcomes of a referral"),
        new(nameof(ConsentExplanations.InformationSharing), "That the Competent Authority may share information about them with the police and local authorities"),
    ];

    public static readonly IReadOnlyList<Choice> Components =
    [
        new(nameof(ExploitationComponents.ForcedWorkForLittleOrNoPay), "Forced to work for nothing or almost nothing", "Labour and financial"),
        new(nameof(ExploitationComponents.WagesTaken), "Wages taken by force or coercion, for example control of a bank account", "Labour and financial"),
        new(nameof(ExploitationComponents.ForcedFraud), "Forced to commit fraud, for example benefits claimed in their name", "Labour and financial"),
        new(nameof(ExploitationComponents.ForcedProstitution), "Forced into prostitution", "Sexual"),
        new(nameof(ExploitationComponents.ChildSexualExploitation), "Child sexual exploitation, including child sex trafficking", "Sexual"),
        new(nameof(ExploitationComponents.HeldAndSexuallyAssaulted), "Taken somewhere, held and sexually assaulted", "Sexual"),
        new(nameof(ExploitationComponents.ForcedCriminality), "Forced to commit crime: cannabis growing, drug dealing, begging or county lines", "Criminal"),
        new(nameof(ExploitationComponents.OrgansRemoved), "Organs removed against their will", "Organ harvesting"),
        new(nameof(ExploitationComponents.DomesticServitude), "Unpaid or low-paid household work, which may involve forced marriage", "Domestic servitude"),
        new(nameof(ExploitationComponents.Other), "Other", "Other"),
    ];

    private static Func<Core.Cases.Referral, bool> Always => _ => true;

    private static Func<Core.Cases.Referral, bool> Nrm => r => r.Kind != ReferralKind.DutyToNotify;

    private static IReadOnlyList<Choice> Of<TEnum>(params (TEnum Value, string Label)[] items)
        where TEnum : struct, Enum => [.. items.Select(i => new Choice(i.Value.ToString(), i.Label))];

    private static FieldDef Area(string name, string label, string? hint = null) => new(name, label, FieldKind.TextArea, hint);

    public static readonly IReadOnlyList<SectionDef> Sections =
    [
        new("first-responder", "A", "First responder", a => a.FirstResponder,
        [
            new("WorkEmail", "Your work email address", FieldKind.Text),
            new("OwnReference", "Your own reference (optional)", FieldKind.Text),
            new("OrganisationCode", "Your organisation", FieldKind.Select, List: "first-responders"),
            new("Nation", "Where are you making this report?", FieldKind.Radios, Choices: Of((UkNation.England, "England"), (UkNation.Wales, "Wales"), (UkNation.Scotland, "Scotland"), (UkNation.NorthernIreland, "Northern Ireland"))),
        ], Always),
        new("background", "C", "Background", a => a.Background,
        [
            Area("Birthplace", "Where were they born and where did they grow up?"),
            Area("Family", "Their family"),
            Area("Education", "Their education"),
            Area("EmploymentHistory", "Their employment before the exploitation"),
        ], Nrm),
        new("exploitation", "D", "Exploitation", a => a.Exploitation,
        [
            new("MoreThanOneSituation", "Have they been in more than one exploitative situation?", FieldKind.Radios, Choices: YesNoNotSure),
            Area("WhenAndTypes", "When did the exploitation happen, and what type was each situation?"),
            Area("HowItStarted", "How did it start?", "For example, promises made or the pay they expected."),
            new("TakenSomewhere", "Were they taken somewhere by the exploiters?", FieldKind.YesNo),
            Area("Journey", "Describe the journey"),
            Area("AverageDay", "Describe an average day", "Hours worked, breaks."),
            Area("LivingConditions", "Their living conditions"),
            Area("Treatment", "How were they treated?", "Detention, threats, force, documents taken."),
            new("StillInSituation", "Are they still in the situation?", FieldKind.YesNo),
            Area("WhatKeepsThemOrHowTheyLeft", "What keeps them there, or how and why did they leave?"),
            new("LastContactWithExploiters", "When were they last in contact with the exploiters?", FieldKind.Radios, Choices: Of(
                (LastContact.WithinAWeek, "Within the last week"), (LastContact.WithinAMonth, "Within the last month"), (LastContact.WithinThreeMonths, "Within the last 3 months"),
                (LastContact.WithinSixMonths, "Within the last 6 months"), (LastContact.SixToTwelveMonths, "6 to 12 months ago"), (LastContact.OverAYear, "Over a year ago"), (LastContact.NotSure, "Not sure"))),
            Area("LastContactDetails", "Details of the last contact"),
            new("ReportedBefore", "Have they reported this before?", FieldKind.Radios, Choices: YesNoNotSure),
            Area("EarlierReferences", "Earlier NRM or Home Office references"),
            Area("WhatStoppedReporting", "What stopped them reporting earlier?"),
        ], Nrm),
        new("insight", "E", "Professional insight", a => a.Insight,
        [
            new("IndicatorsIdentified", "Have you identified indicators of modern slavery?", FieldKind.YesNo),
            new("Indicators", "Which indicators?", FieldKind.Checkboxes, Choices: [.. Enum.GetValues<Indicators>().Where(i => i != Indicators.None).Select(i => new Choice(i.ToString(), IndicatorText(i)))]),
            Area("IndicatorsContext", "The context of the indicators"),
            Area("Interview", "The interview", "Where, how, who was present, interpreter, breaks, health and safeguarding concerns, demeanour."),
            Area("WhyReferring", "Why are you referring them?"),
            Area("CredibilityConcerns", "Any concerns about credibility", "Say whether fear or trauma may explain a changing account."),
            Area("OtherProfessionals", "Other professionals involved", "Legal, GP, support or social worker, and their details."),
        ], Nrm),
        new("where", "F", "Where the exploitation happened", a => a.Where,
        [
            new("ExploitedIn", "Where were they exploited?", FieldKind.Radios, Choices: Of((ExploitedIn.Uk, "In the UK"), (ExploitedIn.Overseas, "Overseas"), (ExploitedIn.UkAndOverseas, "In the UK and overseas"), (ExploitedIn.NotKnown, "Not known"))),
            new("UkTowns", "Towns or cities in the UK", FieldKind.TextList, "Up to 10."),
            Area("UkAddress", "Address in the UK, if known"),
            new("Countries", "Countries overseas", FieldKind.SelectList, "Up to 10.", List: "countries"),
            Area("OverseasDetails", "Details of where overseas"),
            new("CurrentTown", "Town where they are staying now", FieldKind.Text),
            new("CurrentRegionCode", "County or region where they are staying now", FieldKind.Select, List: "regions"),
        ], Always),
        new("exploiters", "G", "Exploiters and the exploitation", a => a.Exploiters,
        [
            Area("WhoTheyAre", "Who are the exploiters?", "Names, nicknames, gangs, languages, features."),
            Area("WhereTheyAreNow", "Where are they now, in the UK or not?"),
            new("Components", "How were they exploited?", FieldKind.Checkboxes, "Select all that apply.", Components),
            Area("OtherDescription", "Describe the other exploitation"),
            new("OtherVictims", "Are there other potential victims?", FieldKind.Radios, Choices: YesNoNotSure),
            Area("OtherVictimsDetails", "Details of other potential victims", "For example, operation names."),
            new("ReExploitationConcern", "Are you concerned they may be exploited again?", FieldKind.YesNo),
            Area("ReExploitationDetails", "Why are you concerned?"),
            new("CrimeReported", "Has a crime been reported?", FieldKind.YesNo),
            new("PoliceForceCode", "Police force", FieldKind.Select, List: "police-forces"),
            new("CrimeReference", "Crime or incident reference", FieldKind.Text),
            new("WillingToCooperateWithPolice", "Are they willing to co-operate with the police or proceedings?", FieldKind.Radios, Choices: YesNoNotSure),
        ], Always),
        new("support", "H", "Support", a => a.Consent,
        [
            new("WantsSupport", "Do they want support?", FieldKind.YesNo),
            new("ContactMethod", "How can the support provider contact them?", FieldKind.Radios, Choices: Of((SupportContactMethod.OwnPhone, "Their own phone"), (SupportContactMethod.AnotherNumber, "Another number"), (SupportContactMethod.NoPhone, "They cannot be contacted by phone"))),
            new("ContactNumber", "Phone number", FieldKind.Text),
            new("ContactNumberWhose", "Whose number is it?", FieldKind.Text),
            Area("NoContactReason", "Why can they not be contacted by phone?"),
        ], r => r.Kind == ReferralKind.Nrm && r.UnderEighteen == AgeAnswer.Adult),
        new("duty-to-notify", "I", "Duty to Notify", a => a.DutyToNotify,
        [
            Area("WhyNoReferral", "Why do they not want to be referred?"),
            new("Gender", "Their gender", FieldKind.Radios, Choices: Genders),
            new("NationalityCode", "Their nationality", FieldKind.Select, List: "nationalities"),
            new("SecondNationalityCode", "Second nationality (optional)", FieldKind.Select, List: "nationalities"),
        ], r => r.Kind == ReferralKind.DutyToNotify),
        new("cooperating-person", "I", "The person, who agrees to co-operate", a => a.Person,
        [
            new("FirstName", "First name", FieldKind.Text),
            new("LastName", "Last name", FieldKind.Text),
            new("Nickname", "Nickname, or name used during the exploitation", FieldKind.Text),
            new("Phone", "Phone number", FieldKind.Text),
            new("Email", "Email address", FieldKind.Text),
        ], r => r.Kind == ReferralKind.DutyToNotify && r.AgreesToCooperate == true),
        new("person", "J", "The person", a => a.Person,
        [
            new("FirstName", "First name", FieldKind.Text),
            new("LastName", "Last name", FieldKind.Text),
            new("Nickname", "Nickname, or name used during the exploitation", FieldKind.Text),
            new("DateOfBirth", "Date of birth (optional)", FieldKind.Date, "For example, 27 3 2007"),
            new("EstimatedAge", "Estimated age, if the date of birth is not known", FieldKind.Number),
            new("Gender", "Their gender", FieldKind.Radios, Choices: Genders),
            new("NumberOfChildren", "How many children do they have?", FieldKind.Number),
            new("NationalityCode", "Nationality", FieldKind.Select, List: "nationalities"),
            new("SecondNationalityCode", "Second nationality (optional)", FieldKind.Select, List: "nationalities"),
            new("InterpreterNeeded", "Do they need an interpreter?", FieldKind.YesNo),
            new("InterpreterLanguage", "Language", FieldKind.Text),
            Area("CommunicationNeeds", "Other communication needs"),
            new("HomeOfficeReferences", "Home Office references", FieldKind.Text),
            new("Phone", "Phone number", FieldKind.Text),
            new("Email", "Email address", FieldKind.Text),
        ], Nrm),
        new("contact", "K", "Decisions and contact", a => a.Contact,
        [
            new("Recipient", "Who should receive the decision letter?", FieldKind.Radios, "A support worker or legal representative only with the person's permission.", Of((DecisionRecipient.Person, "The person"), (DecisionRecipient.SupportWorker, "A named support worker"), (DecisionRecipient.LegalRepresentative, "A legal representative"))),
            new("RecipientName", "Their name", FieldKind.Text),
            new("Email", "Email address for the decision", FieldKind.Text),
            new("SafeToEmail", "Is it safe to email this address?", FieldKind.YesNo),
            Area("PostalAddress", "Postal address for the decision"),
            new("SafeToWrite", "Is it safe to write to this address?", FieldKind.YesNo),
            new("ResponderName", "Your name", FieldKind.Text),
            new("ResponderRole", "Your role", FieldKind.Text),
            new("ResponderPhone", "Your phone number", FieldKind.Text),
            new("TeamMailbox", "Your team's mailbox", FieldKind.Text),
        ], Nrm),
    ];

    public static SectionDef? Find(string? slug) => Sections.FirstOrDefault(s => s.Slug == slug);

    /// <summary>The answers as strings, as a form shows them.</summary>
    public static string[] Read(object section, FieldDef field)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(field);
        var value = Property(section, field).GetValue(section);
        return value switch
        {
            null => [],
            string s => [s],
            bool b => [b ? "true" : "false"],
            DateOnly d => [d.Day.ToString(CultureInfo.InvariantCulture), d.Month.ToString(CultureInfo.InvariantCulture), d.Year.ToString(CultureInfo.InvariantCulture)],
            int i => [i.ToString(CultureInfo.InvariantCulture)],
            List<string> list => [.. list],
            Enum e when field.Kind == FieldKind.Checkboxes => [.. field.Choices!.Where(c => HasFlag(e, c.Value)).Select(c => c.Value)],
            Enum e => [e.ToString()],
            _ => [value.ToString() ?? string.Empty],
        };
    }

    /// <summary>Parses what was posted for a field; an error message when it cannot be stored.</summary>
    public static (object? Value, string? Error) Parse(object section, FieldDef field, StringValues posted, IReadOnlyCollection<string>? list)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(field);
        var type = Property(section, field).PropertyType;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var first = posted.FirstOrDefault()?.Trim();
        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.TextArea:
                if (first?.Length > ReferralAnswers.MaxText)
                {
                    return (null, $"{field.Label} must be {ReferralAnswers.MaxText:N0} characters or fewer");
                }

                return (string.IsNullOrEmpty(first) ? null : first, null);
            case FieldKind.YesNo:
                return (first switch { "true" => true, "false" => false, _ => null }, null);
            case FieldKind.Radios:
                return string.IsNullOrEmpty(first) ? (null, null)
                    : field.Choices!.Any(c => c.Value == first) ? (Enum.Parse(target, first), null) : (null, $"Select {Lower(field.Label)}");
            case FieldKind.Checkboxes:
                long flags = 0;
                foreach (var value in posted)
                {
                    if (value is null || field.Choices!.All(c => c.Value != value))
                    {
                        return (null, "Select from the list");
                    }

                    flags |= Convert.ToInt64(Enum.Parse(target, value), CultureInfo.InvariantCulture);
                }

                return (Enum.ToObject(target, flags), null);
            case FieldKind.Number:
                if (string.IsNullOrEmpty(first))
                {
                    return (null, null);
                }

                return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 150
                    ? (number, null)
                    : (null, $"{field.Label} must be a whole number");
            case FieldKind.Date:
                var parts = posted.Select(p => p?.Trim() ?? string.Empty).ToArray();
                if (parts.All(string.IsNullOrEmpty))
                {
                    return (null, null);
                }

                return parts.Length == 3
                    && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var day) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month) && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var year)
                    && year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    ? (new DateOnly(year, month, day), null)
                    : (null, $"{field.Label.Replace(" (optional)", string.Empty, StringComparison.Ordinal)} must be a real date");
            case FieldKind.Select:
                return string.IsNullOrEmpty(first) ? (null, null)
                    : list?.Contains(first) == true ? (first, null) : (null, $"Select {Lower(field.Label)} from the list");
            case FieldKind.TextList:
                var towns = posted.Select(p => p?.Trim()).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToList();
                return towns.Count > MaxListEntries || towns.Any(t => t.Length > 200)
                    ? (null, $"Enter up to {MaxListEntries} towns or cities")
                    : (towns, null);
            case FieldKind.SelectList:
                var chosen = posted.Select(p => p?.Trim()).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).Distinct().ToList();
                return chosen.Count > MaxListEntries || chosen.Any(c => list?.Contains(c) != true)
                    ? (null, $"Select up to {MaxListEntries} countries from the list")
                    : (chosen, null);
            default:
                return (null, null);
        }
    }

    public static void Write(object section, FieldDef field, object? value)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(field);
        var property = Property(section, field);
        if (value is null && property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null)
        {
            value = Activator.CreateInstance(property.PropertyType);
        }

        property.SetValue(section, value);
    }

    /// <summary>An answer as the check and print pages show it.</summary>
    public static string Display(object section, FieldDef field)
    {
        var values = Read(section, field);
        if (values.Length == 0)
        {
            return "Not answered";
        }

        return field.Kind switch
        {
            FieldKind.YesNo => values[0] == "true" ? "Yes" : "No",
            FieldKind.Radios or FieldKind.Checkboxes => string.Join("\n", values.Select(v => field.Choices!.FirstOrDefault(c => c.Value == v)?.Label ?? v)),
            FieldKind.Date => string.Join("/", values),
            _ => string.Join("\n", values),
        };
    }

    /// <summary>Whether anything on the section page has been answered.</summary>
    public static bool Started(ReferralAnswers answers, SectionDef def)
    {
        ArgumentNullException.ThrowIfNull(def);
        var section = def.Section(answers);
        return def.Fields.Any(f => Read(section, f) is { Length: > 0 } v && !(f.Kind == FieldKind.Checkboxes && v.Length == 0));
    }

    private static bool HasFlag(Enum value, string flag)
    {
        var bit = Convert.ToInt64(Enum.Parse(value.GetType(), flag), CultureInfo.InvariantCulture);
        return (Convert.ToInt64(value, CultureInfo.InvariantCulture) & bit) == bit;
    }

    private static PropertyInfo Property(object section, FieldDef field) =>
        section.GetType().GetProperty(field.Name) ?? throw new InvalidOperationException($"No answer {field.Name} on {section.GetType().Name}.");

    private static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    public static string IndicatorText(Indicators indicator) => indicator switch
    {
        Indicators.WorksAgainstTheirWill => "Works against their will",
        Indicators.CannotLeave => "Cannot leave",
        Indicators.MovementControlled => "Movement controlled",
        Indicators.FearOrAnxiety => "Fear or anxiety",
        Indicators.ViolenceOrThreats => "Violence or threats against them or their family",
        Indicators.Injuries => "Injuries",
        Indicators.DistrustOfAuthorities => "Distrust of authorities",
        Indicators.FearAboutImmigrationStatus => "Fear about immigration status",
        Indicators.DocumentsHeldByOthers => "Documents held by others",
        Indicators.FalseOrNoDocuments => "False or no documents",
        Indicators.DebtBondage => "Travel debt owed to facilitators (debt bondage)",
        Indicators.DoesNotKnowAddress => "Does not know home or work address",
        Indicators.OthersSpeakForThem => "Lets others speak for them",
        Indicators.PoorOrOvercrowdedAccommodation => "Poor or overcrowded accommodation",
        Indicators.LittleOrNoPay => "Little or no pay",
        Indicators.NoDaysOff => "No days off",
        Indicators.ExcessiveHours => "Excessive hours",
        Indicators.NoMedicalCare => "No medical care",
        Indicators.LimitedSocialContact => "Limited social contact",
        Indicators.FalsePromises => "Acting on false promises",
        Indicators.GoingMissing => "Going missing",
        Indicators.UnexplainedMoneyOrPhones => "Unexplained money or phones",
        Indicators.OlderAssociates => "Older associates",
        Indicators.CountyLines => "County lines",
        _ => indicator.ToString(),
    };
}
