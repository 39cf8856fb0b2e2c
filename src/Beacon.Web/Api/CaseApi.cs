using System.Text.Json.Serialization;
using Beacon.Core.Access;
using Beacon.Core.Data;
using Beacon.Web.Infrastructure.Security;
using Beacon.Web.Pages.Cases;

namespace Beacon.Web.Api;

/// <summary>
/// JSON for a case, through the same gate as the pages: a case the caller may not see is a 404
/// with no body, and a section they may not see is absent from the JSON (not null).
/// </summary>
public static class CaseApi
{
    public static void MapCaseApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/cases/{caseId}", GetAsync).RequireAuthorization(Policies.CaseWork);
    }

    private static async Task<IResult> GetAsync(string caseId, CaseAccess gate, AppDbContext db, HttpContext http)
    {
        if (!Guid.TryParse(caseId, out var id))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var grant = await gate.OpenAsync(id, "Api", http.RequestAborted);
        if (grant is null)
        {
            await transaction.CommitAsync(http.RequestAborted);
            return Results.NotFound();
        }

        var view = await CaseView.ReadAsync(db, grant, http.RequestAborted);
        await transaction.CommitAsync(http.RequestAborted);
        return Results.Json(new CaseJson(view.Id, view.Reference, view.Area, view.OwningOrganisation, view.OwningTeam, view.CreatedAt, view.Summary, view.PoliceInformation, view.HealthInformation));
    }

    private sealed record CaseJson(
        Guid Id,
        string Reference,
        string Area,
        string OwningOrganisation,
        string OwningTeam,
        DateTimeOffset CreatedAt,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Summary,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PoliceInformation,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? HealthInformation);
}
