using System.Data.Common;
using Beacon.Core.Accounts;
using Beacon.Core.Audit;
using Beacon.Core.Cases;
using Beacon.Core.Data;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Data;

/// <summary>
/// Case notes are court-safe and an anonymous (Duty to Notify) case holds nothing identifying,
/// whatever the code above the database does: the triggers refuse, on both providers.
/// </summary>
public abstract class CaseJourneyTriggerTests
{
    protected abstract BeaconAppFactory Factory { get; }

    private async Task<(Guid CaseId, Guid NoteId)> CaseWithNoteAsync()
    {
        var council = await Factory.CreateOrganisationAsync();
        var worker = await Factory.CreateUserAsync(council, [Role.FirstResponder], twoFactor: false);
        var caseId = await Factory.CreateCaseAsync(council, worker.Id);
        var noteId = Guid.NewGuid();
        await Factory.QueryAsync(async db =>
        {
            db.CaseNotes.Add(new CaseNote { Id = noteId, CaseId = caseId, Text = "Original note", WrittenByUserId = worker.Id, WrittenAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        return (caseId, noteId);
    }

    [Theory]
    [InlineData("UPDATE case_notes SET text = 'Rewritten' WHERE id = {0}")]
    [InlineData("DELETE FROM case_notes WHERE id = {0}")]
    public async Task RawSql_ChangingOrDeletingANote_IsRefused(string sql)
    {
        var (_, noteId) = await CaseWithNoteAsync();

        await Should.ThrowAsync<DbException>(() => Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql, noteId)));

        (await Factory.QueryAsync(db => db.CaseNotes.SingleAsync(n => n.Id == noteId))).Text.ShouldBe("Original note");
    }

    [Fact]
    public async Task Ef_ChangingANote_IsRefused()
    {
        var (_, noteId) = await CaseWithNoteAsync();

        await Should.ThrowAsync<DbUpdateException>(() => Factory.QueryAsync(async db =>
        {
            var note = await db.CaseNotes.SingleAsync(n => n.Id == noteId);
            db.CaseNotes.Remove(note);
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task AnonymousCase_AName_IsRefusedByTheDatabaseAndTheService()
    {
        var (caseId, _) = await CaseWithNoteAsync();
        await Factory.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsAnonymous, true)));

        await Should.ThrowAsync<DbUpdateException>(() => Factory.QueryAsync(async db =>
        {
            db.CasePeople.Add(new CasePerson { CaseId = caseId, FirstName = "Amira", Version = Guid.NewGuid() });
            return await db.SaveChangesAsync();
        }));

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Scope = Beacon.Core.Access.AccessScope.ForSystem();
        var service = new CaseService(db, new AuditTrail(db, Factory.Time, new FixedActorSource(Actor.System("test"))), Factory.Time, new FixedActorSource(Actor.System("test")), new CaseRetention());
        var result = await service.UpdatePersonAsync(new UpdatePersonOptions(caseId, Guid.Empty, "Amira", null, null, null, 30, Gender.Female, null, null, null, null, null, null, null, null, null, null, null, null));
        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe(CaseService.AnonymousRefused);
        (await service.AddAliasAsync(caseId, Guid.Empty, "Mina", AliasKind.Nickname)).Error.ShouldBe(CaseService.AnonymousRefused);
        (await Factory.QueryAsync(d => d.CasePeople.AnyAsync(p => p.CaseId == caseId))).ShouldBeFalse();
    }
}

public sealed class PostgresCaseJourneyTriggerTests(PostgresApp app) : CaseJourneyTriggerTests, IClassFixture<PostgresApp>
{
    protected override BeaconAppFactory Factory => app.Factory;
}

public sealed class SqliteCaseJourneyTriggerTests(SqliteApp app) : CaseJourneyTriggerTests, IClassFixture<SqliteApp>
{
    protected override BeaconAppFactory Factory => app.Factory;
}
