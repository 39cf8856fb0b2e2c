using System.Globalization;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>
/// Human references for concerns and cases (<c>C-2026-00042</c>, <c>MS-2026-00042</c>): short, in
/// order, never personal data, so safe to say on the phone, put in a URL or an email. Numbers
/// come from one counter row per series and year, incremented in one statement, so two people
/// raising concerns at the same moment never get the same number.
/// </summary>
public sealed class References(AppDbContext db, TimeProvider time)
{
    public const string ConcernPrefix = "C";

    public const string CasePrefix = "MS";

    public Task<string> NextConcernAsync(CancellationToken cancellationToken = default) => NextAsync(ConcernPrefix, cancellationToken);

    public Task<string> NextCaseAsync(CancellationToken cancellationToken = default) => NextAsync(CasePrefix, cancellationToken);

    private async Task<string> NextAsync(string prefix, CancellationToken cancellationToken)
    {
        var year = Audit.UkTime.Today(time).Year;
        var series = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}");

        // Raw SQL: EF cannot express an atomic increment-and-read. Both providers accept it.
        await db.Database.ExecuteSqlAsync($"INSERT INTO reference_counters (series, next) VALUES ({series}, 0) ON CONFLICT (series) DO NOTHING", cancellationToken);
        var next = await db.Database
            .SqlQuery<long>($"UPDATE reference_counters SET next = next + 1 WHERE series = {series} RETURNING next AS \"Value\"")
            .ToListAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{series}-{next[0]:D5}");
    }
}
