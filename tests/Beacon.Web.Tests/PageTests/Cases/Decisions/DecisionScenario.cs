using Beacon.Core.Access;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.Cases.Decisions;

/// <summary>A council, a worker on its team, and a case with a submitted referral.</summary>
public sealed record DecisionScenario(TestOrganisation Council, TestUser Worker, Guid CaseId, Guid ReferralId, HttpClient Client)
{
    public static async Task<DecisionScenario> CreateAsync(BeaconAppFactory app, DateOnly referredOn, ReferralKind kind = ReferralKind.Nrm, CaseRoute route = CaseRoute.Adult, DecisionMaker maker = DecisionMaker.SingleCompetentAuthority, bool assign = true)
    {
        var council = await app.CreateOrganisationAsync();
        var worker = await app.CreateUserAsync(council, [Role.FirstResponder]);
        var caseId = await app.CreateCaseAsync(council, worker.Id, "Found working in a car wash, no days off.");
        await app.UpdateCaseAsync(caseId, c =>
        {
            c.Route = route;
            c.AssignedWorkerId = assign ? worker.Id : null;
        });
        var referralId = await app.CreateSubmittedReferralAsync(caseId, worker.Id, referredOn, kind, maker);
        return new DecisionScenario(council, worker, caseId, referralId, await app.SignInAsync(worker));
    }

    public string Path(string rest = "") => $"/cases/{CaseId}/decisions{rest}";

    public static Dictionary<string, string> DateFields(string name, DateOnly date) => new()
    {
        [$"{name}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{name}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public Dictionary<string, string> DecisionForm(DecisionKind kind, DecisionOutcome outcome, DateOnly on, DecisionMaker maker = DecisionMaker.SingleCompetentAuthority)
    {
        var form = new Dictionary<string, string>
        {
            ["ReferralId"] = ReferralId.ToString(),
            ["Kind"] = kind.ToString(),
            ["Outcome"] = outcome.ToString(),
            ["DecisionMaker"] = maker.ToString(),
        };
        foreach (var (key, value) in DateFields("DecidedOn", on))
        {
            form[key] = value;
        }

        return form;
    }
}

public static class DecisionTestData
{
    public static DateOnly Today(this BeaconAppFactory app) => UkTime.Today(app.Time);

    public static async Task UpdateCaseAsync(this BeaconAppFactory app, Guid caseId, Action<Beacon.Core.Cases.Case> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = AccessScope.ForSystem();
        var c = await db.Cases.SingleAsync(x => x.Id == caseId);
        change(c);
        await db.SaveChangesAsync();
    }

    public static async Task<Guid> AddDecisionAsync(this BeaconAppFactory app, Guid caseId, Guid referralId, DecisionKind kind, DecisionOutcome outcome, DateOnly on, DecisionMaker maker = DecisionMaker.SingleCompetentAuthority)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = AccessScope.ForSystem();
        var decision = new NrmDecision
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            ReferralId = referralId,
            Kind = kind,
            Outcome = outcome,
            DecidedOn = on,
            DecisionMaker = maker,
            RecordedAt = app.Time.GetUtcNow(),
        };
        db.NrmDecisions.Add(decision);
        await db.SaveChangesAsync();
        return decision.Id;
    }

    public static Task<List<string>> AuditActionsAsync(this BeaconAppFactory app, Guid caseId) =>
        app.QueryAsync(db => db.AuditEvents.Where(e => e.EntityId == caseId).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
}
