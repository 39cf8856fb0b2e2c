using System.Net;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Organisations;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.PageTests.Audit;

/// <summary>
/// A case with a secret summary; a first responder of the owning team who opened it, and a first
/// responder of another organisation who was refused (a 404 and a denied row).
/// </summary>
public sealed record AuditScenario(Guid CaseId, string Reference, string Summary, TestUser Responder, TestUser Outsider)
{
    public static async Task<AuditScenario> CreateAsync(BeaconAppFactory app, bool look = true)
    {
        var owner = await app.CreateOrganisationAsync(OrganisationType.LocalAuthority);
        var responder = await app.CreateUserAsync(owner, [Role.FirstResponder]);
        var outsider = await app.CreateUserAsync(await app.CreateOrganisationAsync(OrganisationType.Police), [Role.FirstResponder]);
        var summary = TestData.Unique("Secret summary: seen at the car wash");
        var caseId = await app.CreateCaseAsync(owner, responder.Id, summary);
        var reference = await app.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
        var scenario = new AuditScenario(caseId, reference, summary, responder, outsider);
        if (look)
        {
            await scenario.LookAsync(app);
        }

        return scenario;
    }

    /// <summary>The responder opens the case; the outsider tries to.</summary>
    public async Task LookAsync(BeaconAppFactory app)
    {
        (await (await app.SignInAsync(Responder)).GetAsync($"/cases/{CaseId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.SignInAsync(Outsider)).GetAsync($"/cases/{CaseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public static async Task<HttpClient> SignInAuditorAsync(BeaconAppFactory app) =>
        await app.SignInAsync(await app.CreateUserAsync(Role.Auditor));

    /// <summary>An audit event written as the app writes them, by the given user.</summary>
    public static async Task RecordAsync(BeaconAppFactory app, TestUser by, string entityType, Guid entityId, string action, IReadOnlyDictionary<string, (string? Old, string? New)>? changes = null, string? reason = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var trail = new AuditTrail(db, app.Time, new FixedActorSource(new Actor(by.Id, by.OrganisationId, string.Join(",", by.Roles), "test-correlation")));
        trail.Record(entityType, entityId, action, changes, reason);
        await db.SaveChangesAsync();
    }
}
