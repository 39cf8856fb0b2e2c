using Beacon.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Data;

/// <summary>Brings a database up to date: schema (migrations) then reference data.</summary>
public sealed class DatabaseInitializer(AppDbContext db)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while one writer commits; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await LoadReferenceDataAsync(cancellationToken);
    }

    public Task<int> LoadReferenceDataAsync(CancellationToken cancellationToken = default) =>
        new ReferenceDataLoader(db).LoadAsync(cancellationToken);

    public async Task<bool> HasPendingMigrationsAsync(CancellationToken cancellationToken = default) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
}
