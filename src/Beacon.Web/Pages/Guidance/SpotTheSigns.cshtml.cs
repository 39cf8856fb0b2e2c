using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Pages.Guidance;

/// <summary>Public guidance, reachable without signing in. Wording after the domain brief's indicators.</summary>
public class SpotTheSignsModel : PageModel
{
    public static readonly IReadOnlyList<string> Indicators =
    [
        "work against their will, or be unable to leave their work or home",
        "have their movements controlled, or always be dropped off and collected",
        "seem fearful or anxious, or be threatened with violence against them or their family",
        "have injuries that look like the result of assault or of working without protection",
        "distrust the authorities, or fear what will happen about their immigration status",
        "not have their passport or identity documents, because someone else holds them, or have false ones",
        "owe a debt to the people who brought them here, for travel or accommodation (debt bondage)",
        "not know their home or work address",
        "let someone else speak for them",
        "live in poor or overcrowded accommodation, sometimes where they work",
        "receive little or no pay, or have their wages taken",
        "have no days off and work excessive hours",
        "have had no medical care",
        "have little contact with anyone outside work",
        "have come here on false promises of work or study",
    ];

    public static readonly IReadOnlyList<string> ChildIndicators =
    [
        "go missing from home, care or school",
        "have money, phones or clothes they cannot explain",
        "spend time with older people who seem to control them",
        "travel to other areas, which may be drug running (county lines)",
    ];

    public static readonly IReadOnlyList<(string Kind, string Description)> ExploitationTypes =
    [
        ("Labour", "forced to work for nothing or almost nothing, wages taken, or forced into fraud such as benefit claims in their name"),
        ("Sexual", "forced into prostitution, child sexual exploitation, or held and sexually assaulted"),
        ("Criminal", "forced to commit crime: cannabis growing, drug dealing, begging, county lines"),
        ("Domestic servitude", "unpaid or low-paid work in a household, sometimes with forced marriage"),
        ("Organ harvesting", "organs removed against their will"),
    ];

    public static readonly IReadOnlyList<(string When, string Number)> Contacts =
    [
        ("Someone is in immediate danger", "999"),
        ("Police, when it is not an emergency", "101"),
        ("Modern Slavery & Exploitation Helpline, any time", "08000 121 700"),
        ("Salvation Army adult referral line", "0300 303 8151"),
        ("Gangmasters and Labour Abuse Authority (GLAA)", "0800 432 0804"),
        ("Crimestoppers, anonymously", "0800 555 111"),
        ("Childline, for children and young people", "0800 1111"),
        ("Runaway Helpline", "116 000"),
        ("Independent Child Trafficking Guardians", "0800 043 4303"),
    ];
}
