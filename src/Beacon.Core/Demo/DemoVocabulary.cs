using Beacon.Core.Cases;

namespace Beacon.Core.Demo;

/// <summary>
/// What the demo's caseload is drawn from. The mix follows the Home Office NRM statistics for local
/// authority first responders (shared/data/nrm-statistics): children's referrals are mostly
/// criminal exploitation and mostly boys, British first, then Albanian, Vietnamese, Eritrean and
/// Sudanese; adults' are mostly labour exploitation; about a quarter of adults decline the NRM
/// and are reported by Duty to Notify. Names mix first names and surnames of different countries
/// on purpose, so that no demo person is mistaken for a real one.
/// </summary>
internal static class DemoVocabulary
{
    public static readonly (string Nationality, string Country, int Weight)[] ChildNationalities =
    [
        ("British", "United Kingdom", 45), ("Albanian", "Albania", 12), ("Vietnamese", "Vietnam", 10), ("Eritrean", "Eritrea", 7),
        ("Sudanese", "Sudan", 6), ("Afghan", "Afghanistan", 5), ("Romanian", "Romania", 3), ("Iranian", "Iran", 3),
        ("Iraqi", "Iraq", 3), ("Chinese", "China", 2), ("Nigerian", "Nigeria", 2), ("Polish", "Poland", 2),
    ];

    public static readonly (string Nationality, string Country, int Weight)[] AdultNationalities =
    [
        ("Albanian", "Albania", 15), ("British", "United Kingdom", 15), ("Romanian", "Romania", 12), ("Vietnamese", "Vietnam", 10),
        ("Indian", "India", 8), ("Eritrean", "Eritrea", 6), ("Sudanese", "Sudan", 6), ("Chinese", "China", 6),
        ("Nigerian", "Nigeria", 6), ("Polish", "Poland", 6), ("Afghan", "Afghanistan", 5), ("Iranian", "Iran", 5),
    ];

    /// <summary>Published exploitation types and their weights (per 100) for children and adults.</summary>
    public static readonly (string Type, int Child, int Adult)[] ExploitationTypes =
    [
        ("Criminal", 55, 8), ("Sexual", 12, 15), ("Labour", 8, 45), ("Labour & Criminal", 7, 10),
        ("Sexual & Criminal", 6, 0), ("Domestic", 2, 8), ("Sexual & Labour", 0, 6), ("Not specified or unknown", 10, 8),
    ];

    public static readonly string[] Towns = ["Northbridge", "Eastholm", "Kettleby", "Marston Vale", "Saltcote", "Ashwick", "Brindley Heath", "Fernlow"];

    public static readonly string[] Streets = ["Canal Street", "Station Road", "Mill Lane", "Victoria Parade", "Quarry Way", "Orchard Close", "Foundry Row", "Harbour Walk"];

    private static readonly string[] MaleFirst =
    [
        "Arben", "Dritan", "Kelvin", "Minh", "Tuan", "Yonas", "Tesfay", "Mohamed", "Abdel", "Ahmad", "Farid", "Ionut", "Mihai",
        "Reza", "Darius", "Karim", "Wei", "Jun", "Chidi", "Emeka", "Piotr", "Tomasz", "Rahul", "Arjun", "Liam", "Connor", "Jayden", "Tyler",
    ];

    private static readonly string[] FemaleFirst =
    [
        "Elira", "Besa", "Lan", "Thu", "Selam", "Helen", "Amani", "Hawa", "Zahra", "Maryam", "Ioana", "Elena", "Shirin",
        "Leila", "Mei", "Xiu", "Ngozi", "Adaeze", "Kasia", "Agata", "Priya", "Anjali", "Chloe", "Kayla", "Jade", "Mia",
    ];

    private static readonly string[] Surnames =
    [
        "Hoxha", "Krasniqi", "Nguyen", "Tran", "Pham", "Tesfaye", "Gebremariam", "Osman", "Abdalla", "Rahimi", "Haidari",
        "Popescu", "Dumitru", "Karimi", "Moradi", "Zhang", "Liu", "Okafor", "Eze", "Nowak", "Kowalczyk", "Sharma", "Patel",
        "Whitfield", "Brennan", "Marsh", "Hale", "Thornton",
    ];

    private static readonly string[] Nicknames = ["Lucky", "Smiley", "Shorty", "Boss", "Kid", "Ace", "Baby", "Tiny", "Red", "Junior"];

    public static (string First, string Last) Name(Random random, Gender gender)
    {
        var firsts = gender == Gender.Female ? FemaleFirst : MaleFirst;
        return (firsts[random.Next(firsts.Length)], Surnames[random.Next(Surnames.Length)]);
    }

    public static string Nickname(Random random) => Nicknames[random.Next(Nicknames.Length)];

    /// <summary>A spelling a worker might hear or write differently (Mohamed → Muhammad, Nguyen → Nguyen Van).</summary>
    public static string Variant(string name) => name switch
    {
        "Mohamed" => "Muhammad",
        "Ahmad" => "Ahmed",
        "Yonas" => "Yonatan",
        "Minh" => "Min",
        "Arben" => "Arbi",
        "Nguyen" => "Nguyen Van",
        "Hoxha" => "Hodja",
        "Abdalla" => "Abdullah",
        "Tesfaye" => "Tesfai",
        "Popescu" => "Popesku",
        _ => name.Length > 4 ? name[..^1] + (name[^1] == 'a' ? "e" : "a") : name + "e",
    };

    public static string LanguageOf(string nationality) => nationality switch
    {
        "British" => "English",
        "Albanian" => "Albanian",
        "Vietnamese" => "Vietnamese",
        "Eritrean" => "Tigrinya",
        "Sudanese" => "Arabic",
        "Afghan" => "Pashto",
        "Romanian" => "Romanian",
        "Iranian" => "Farsi",
        "Iraqi" => "Kurdish Sorani",
        "Chinese" => "Mandarin",
        "Nigerian" => "English",
        "Polish" => "Polish",
        "Indian" => "Punjabi",
        _ => "English",
    };

    public static ExploitationComponents Components(string type, bool child, Random random)
    {
        var result = ExploitationComponents.None;
        foreach (var part in type.Split(" & "))
        {
            result |= part switch
            {
                "Criminal" => ExploitationComponents.ForcedCriminality,
                "Sexual" => child ? ExploitationComponents.ChildSexualExploitation : ExploitationComponents.ForcedProstitution,
                "Labour" => random.Next(3) == 0 ? ExploitationComponents.ForcedWorkForLittleOrNoPay | ExploitationComponents.WagesTaken : ExploitationComponents.ForcedWorkForLittleOrNoPay,
                "Domestic" => ExploitationComponents.DomesticServitude,
                _ => ExploitationComponents.None,
            };
        }

        return result;
    }

    /// <summary>
    /// An invented business for the kinds of place that are businesses, named after the invented town
    /// so that the same few recur in the area's picture; about a third are left unnamed. Derived from
    /// the time, not the random sequence, so adding it changed nothing else in the demo.
    /// </summary>
    public static string? Business(PlaceType place, string town, DateTimeOffset raisedAt)
    {
        var kind = place switch
        {
            PlaceType.CarWash => "Hand Car Wash",
            PlaceType.NailBar => "Nails and Beauty",
            PlaceType.Factory => "Food Packing",
            PlaceType.Warehouse => "Distribution",
            PlaceType.Hospitality => "Grill House",
            PlaceType.Agriculture => "Farm Produce",
            PlaceType.Construction => "Building Services",
            _ => null,
        };
        var which = (int)(raisedAt.ToUnixTimeSeconds() % 3);
        return kind is null || which == 2 ? null : which == 0 ? $"{town} {kind}" : $"{town} {kind} Ltd";
    }

    public static PlaceType Place(string type, bool child, Random random)
    {
        PlaceType[] places = type.Split(" & ")[0] switch
        {
            "Criminal" => child ? [PlaceType.Street, PlaceType.Street, PlaceType.TransportHub, PlaceType.CannabisFarm] : [PlaceType.CannabisFarm, PlaceType.Street, PlaceType.Warehouse],
            "Labour" => [PlaceType.CarWash, PlaceType.NailBar, PlaceType.Agriculture, PlaceType.Construction, PlaceType.Factory, PlaceType.Warehouse, PlaceType.Hospitality],
            "Sexual" => [PlaceType.SexIndustry, PlaceType.PrivateHome, PlaceType.Hospitality],
            "Domestic" => [PlaceType.PrivateHome],
            _ => [PlaceType.NotKnown, PlaceType.Other, PlaceType.Street],
        };
        return places[random.Next(places.Length)];
    }

    public static Indicators Indicators(string type, bool child, Random random)
    {
        Indicators[] pool =
        [
            Cases.Indicators.FearOrAnxiety, Cases.Indicators.OthersSpeakForThem, Cases.Indicators.DistrustOfAuthorities, Cases.Indicators.LimitedSocialContact,
            .. type.Contains("Labour", StringComparison.Ordinal) ? new[] { Cases.Indicators.LittleOrNoPay, Cases.Indicators.ExcessiveHours, Cases.Indicators.NoDaysOff, Cases.Indicators.DebtBondage, Cases.Indicators.DocumentsHeldByOthers, Cases.Indicators.PoorOrOvercrowdedAccommodation } : [],
            .. type.Contains("Criminal", StringComparison.Ordinal) ? new[] { Cases.Indicators.WorksAgainstTheirWill, Cases.Indicators.ViolenceOrThreats, Cases.Indicators.MovementControlled } : [],
            .. type.Contains("Sexual", StringComparison.Ordinal) ? new[] { Cases.Indicators.CannotLeave, Cases.Indicators.Injuries, Cases.Indicators.DoesNotKnowAddress, Cases.Indicators.MovementControlled } : [],
            .. type.Contains("Domestic", StringComparison.Ordinal) ? new[] { Cases.Indicators.CannotLeave, Cases.Indicators.NoDaysOff, Cases.Indicators.DocumentsHeldByOthers } : [],
            .. child ? new[] { Cases.Indicators.GoingMissing, Cases.Indicators.UnexplainedMoneyOrPhones, Cases.Indicators.OlderAssociates } : [Cases.Indicators.FearAboutImmigrationStatus, Cases.Indicators.FalsePromises],
            .. child && type.Contains("Criminal", StringComparison.Ordinal) ? new[] { Cases.Indicators.CountyLines, Cases.Indicators.CountyLines } : [],
        ];
        var result = Cases.Indicators.None;
        var count = 2 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            result |= pool[random.Next(pool.Length)];
        }

        return result;
    }

    public static string Seen(string type, PlaceType place, bool child, string town) => (type.Split(" & ")[0], place) switch
    {
        ("Criminal", PlaceType.CannabisFarm) => $"Found during a police warrant at a house in {town} converted to grow cannabis; the windows were boarded and the person was sleeping on a mattress by the lights.",
        ("Criminal", PlaceType.TransportHub) => $"Seen at {town} station several times on school days with a much older man; travelled on different trains each time and had two phones.",
        ("Criminal", _) when child => $"Reported missing from home three times this term, found in {town} with cash and two phones. Older associates pick them up in a car.",
        ("Criminal", _) => $"Seen selling drugs on the same corner in {town} every day; says they owe money to the people who brought them here.",
        ("Labour", PlaceType.CarWash) => $"Works at a hand car wash in {town} from early morning to night, seven days a week, in the cold without gloves; the manager answers every question for them.",
        ("Labour", PlaceType.NailBar) => $"Works at a nail bar in {town} and seems to live upstairs; does not know the address and is collected by the owner every evening.",
        ("Labour", PlaceType.Agriculture) => $"One of a group picking on a farm near {town}, living in caravans on site; wages go to a gangmaster to pay off a travel debt.",
        ("Labour", PlaceType.Construction) => $"Labouring on a building site in {town} without safety equipment; says they are paid in cash, far below the minimum wage, when paid at all.",
        ("Labour", PlaceType.Hospitality) => $"Works in a takeaway kitchen in {town} and sleeps in the storeroom; the owner holds their passport 'for safe keeping'.",
        ("Labour", _) => $"Works long shifts at a warehouse near {town}, brought by minibus with others; someone else holds their bank card.",
        ("Sexual", _) when child => $"Seen getting into cars with different adult men near {town} bus station late at night; has new clothes and a phone the family cannot explain.",
        ("Sexual", PlaceType.SexIndustry) => $"Advertised online for sex work at a flat in {town}; does not speak English and appears frightened of the man who answers the door.",
        ("Sexual", _) => $"Came to A&E in {town} with injuries and an older man who would not leave the room; she did not know which town she was in.",
        ("Domestic", _) => $"Looks after the children and cleans a family home in {town} from dawn to late; never seen out alone and does not have their own phone.",
        _ => $"A worker in {town} was worried by what they saw but could not say more; signs of control and fear.",
    };

    public static string Summary(string type, PlaceType place, bool child, int age) => (type.Split(" & ")[0], place) switch
    {
        ("Criminal", PlaceType.CannabisFarm) => $"{Age(age, child)} found in a cannabis grow; possible trafficking for forced criminality.",
        ("Criminal", _) when child => $"{Age(age, child)} going missing, found far from home with phones and cash. Possible county lines.",
        ("Criminal", _) => $"{Age(age, child)} made to sell drugs to pay off a debt to the people who brought them.",
        ("Labour", PlaceType.CarWash) => $"{Age(age, child)} working long hours at a hand car wash, paid little or nothing.",
        ("Labour", PlaceType.NailBar) => $"{Age(age, child)} working and living at a nail bar, not knowing the address.",
        ("Labour", PlaceType.Agriculture) => $"{Age(age, child)} in a gang of farm workers with wages taken for a travel debt.",
        ("Labour", _) => $"{Age(age, child)} working for little or no pay with documents held by the employer.",
        ("Sexual", _) when child => $"{Age(age, child)} at risk of child sexual exploitation by older men.",
        ("Sexual", _) => $"{Age(age, child)} in sexual exploitation, moved between flats.",
        ("Domestic", _) => $"{Age(age, child)} kept in domestic servitude in a family home.",
        _ => $"{Age(age, child)} with signs of control and exploitation; type not yet known.",
    };

    private static string Age(int age, bool child) => child ? $"A {age}-year-old" : age < 30 ? "A young adult" : $"An adult in their {age / 10 * 10}s";

    public static readonly string[] NoteTemplates =
    [
        "Home visit with an interpreter. They were calmer today and spoke about the journey for the first time.",
        "Strategy discussion with police and education. Agreed a safety plan and a trusted adult at school.",
        "Phoned the support provider: accommodation confirmed from Monday, key worker allocated.",
        "Did not attend the planned appointment. Tried twice by phone; will visit tomorrow with a colleague.",
        "Spoke to the GP practice: registered and an appointment booked for the injuries seen last week.",
        "They said the men who brought them have been asking where they are. Safety plan reviewed; police informed.",
        "Return home interview completed after the latest missing episode. Shared the intelligence form with police.",
        "Met at college with the designated safeguarding lead. Attendance improving; no contact with the older group reported.",
        "Legal representative appointed for the immigration claim; consent to share with them recorded.",
        "Reviewed the case in supervision. Next steps agreed: chase the decision, update the risk assessment.",
        "Visited with the police modern slavery unit; a statement will be taken next week with an intermediary.",
        "Food bank and clothing voucher given. They asked for help to open a bank account in their own name.",
    ];

    public static readonly string[] AddendumTemplates =
    [
        "Addendum: the visit above was on the Tuesday, not the Monday; the rest of the note stands.",
        "Addendum: the interpreter's language was Tigrinya, not Amharic as written above.",
        "Addendum: police were informed by phone the same day, not by email as written.",
        "Addendum: correction to the appointment time above, 2pm not 12pm.",
    ];

    public static readonly string[] NoFurtherActionReasons =
    [
        "Employment dispute about holiday pay; no signs of control or coercion. Signposted to ACAS.",
        "Spoke to the raiser and the family: a young person working in the family shop after school, within the law.",
        "Already known to another area's MASH, who hold the case; passed to them by phone.",
        "Housing disrepair and overcrowding, no exploitation indicators. Referred to environmental health.",
        "The person was seen by police the same day and is safe; no modern slavery indicators found.",
        "Duplicate of a concern raised the day before by another service; the first one is being worked.",
    ];
}
