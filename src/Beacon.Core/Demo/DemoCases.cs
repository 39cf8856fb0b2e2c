using Beacon.Core.Accounts;
using Beacon.Core.Cases;
using Beacon.Core.Data;

namespace Beacon.Core.Demo;

/// <summary>
/// A handful of invented cases that show who sees what: children's cases owned by MASH, adults'
/// by adult triage, one shared with the police, police-only and health-only notes.
/// </summary>
internal static class DemoCases
{
    private static readonly (string Team, string Summary, string? Police, string? Health, string? SharedWith, CaseSections Shared)[] Cases =
    [
        ("MASH", "A 15-year-old seen several times at a hand car wash on a school day, giving different names. Older men collect him in a van.", null, null, "police", CaseSections.Summary | CaseSections.Safeguarding),
        ("MASH", "A 16-year-old reported missing three times this term, found with two phones and cash far from home. Possible county lines.", "Linked to an active county lines investigation. Do not contact the family before speaking to the MSU.", null, "police", CaseSections.Summary),
        ("Adult triage", "A woman in her thirties at a nail bar who does not know the address where she lives and says her boss keeps her passport.", null, "Seen in the emergency department with untreated injuries; interpreter used.", "nhs", CaseSections.Summary),
        ("Adult triage", "Three men living in a garage behind a takeaway, working every day, paid in food. They do not want to talk to the police.", null, null, null, CaseSections.None),
        ("Adult triage", "A man at the food bank says his wages go to the person who brought him to the UK to pay off a travel debt.", null, null, "charity", CaseSections.Summary | CaseSections.Safeguarding),
    ];

    public static void Add(AppDbContext db, DemoContext context)
    {
        var raisedBy = context.Users[Role.Staff];
        var number = 0;
        foreach (var (team, summary, police, health, sharedWith, shared) in Cases)
        {
            number++;
            var council = context.Organisations["council"];
            var caseId = DeterministicGuid.Create("demo-case", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            db.Cases.Add(new Case
            {
                Id = caseId,
                Reference = $"NB-{context.Now.Year}-{number:D4}",
                AreaId = context.Area!.Id,
                OwningOrganisationId = council.Id,
                OwningTeamId = context.Teams[$"council/{team}"].Id,
                CreatedByUserId = raisedBy.Id,
                CreatedAt = context.Now.AddDays(-7 * (Cases.Length - number + 1)),
                Summary = summary,
                PoliceInformation = police,
                HealthInformation = health,
                Route = team == "MASH" ? CaseRoute.Child : CaseRoute.Adult,
                Status = CaseStatus.Open,
                Version = Guid.NewGuid(),
            });
            if (sharedWith is not null)
            {
                db.CaseShares.Add(new CaseShare
                {
                    Id = DeterministicGuid.Create("demo-share", $"{number}/{sharedWith}"),
                    CaseId = caseId,
                    OrganisationId = context.Organisations[sharedWith].Id,
                    Sections = shared,
                    Purpose = "Joint safeguarding and support of the person",
                    LegalBasis = team == "MASH" ? LegalBasis.SafeguardingChildrenAndAdultsAtRisk : LegalBasis.Consent,
                    Consent = team == "MASH" ? ShareConsent.NotApplicableChild : ShareConsent.Given,
                    SharedByUserId = context.Users[Role.CommunitySafetyCoordinator].Id,
                    SharedAt = context.Now.AddDays(-1),
                });
            }
        }

        context.Lines.Add($"Cases: {Cases.Length} invented cases, some shared with the police, the NHS trust or the charity");
    }
}
