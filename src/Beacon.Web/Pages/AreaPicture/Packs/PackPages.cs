using System.Globalization;
using Beacon.Core.AreaPicture;
using Beacon.Core.AreaPicture.Packs;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.AreaPicture.Packs;

/// <summary>A version of a pack in a list: its number, when and by whom.</summary>
public sealed record PackVersionRow(int Number, DateTimeOffset CreatedAt, string CreatedBy, string PdfSha256);

/// <summary>What the pack pages read: only packs of the reader's own organisation (anyone else's is not found).</summary>
public static class PackPages
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Task<BoardPack?> ReadPackAsync(AppDbContext db, Guid packId, Guid organisationId, CancellationToken cancellationToken) =>
        db.BoardPacks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == packId && p.OrganisationId == organisationId, cancellationToken);

    public static async Task<IReadOnlyList<PackVersionRow>> ReadVersionsAsync(AppDbContext db, Guid packId, CancellationToken cancellationToken) =>
        await db.BoardPackSnapshots.AsNoTracking().Where(s => s.PackId == packId).OrderByDescending(s => s.Number)
            .Select(s => new PackVersionRow(s.Number, s.CreatedAt, db.Users.Where(u => u.Id == s.CreatedByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "Unknown", s.PdfSha256))
            .ToListAsync(cancellationToken);

    /// <summary>A version of a pack of the organisation, or null: the pack's id and the version's number must both match.</summary>
    public static Task<BoardPackSnapshot?> ReadSnapshotAsync(AppDbContext db, Guid packId, int number, Guid organisationId, CancellationToken cancellationToken) =>
        db.BoardPackSnapshots.AsNoTracking()
            .Where(s => s.PackId == packId && s.Number == number && db.BoardPacks.Any(p => p.Id == packId && p.OrganisationId == organisationId))
            .SingleOrDefaultAsync(cancellationToken);

    public static string When(DateTimeOffset at) => UkTime.ToUk(at).ToString("d MMMM yyyy 'at' h:mmtt", English).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    public static string Period(BoardPack pack) => BoardPack.PeriodLabel(pack.From, pack.To);

    public static string AudienceShort(Audience audience) => audience == Audience.Partnership ? "The partnership" : "Outside the partnership";

    public static string PdfFileName(BoardPackSnapshot snapshot) =>
        string.Create(CultureInfo.InvariantCulture, $"{(snapshot.FromYear == snapshot.ToYear && snapshot.FromQuarter == snapshot.ToQuarter ? "victims-sub-group-pack" : "board-report")}-{snapshot.FromYear}-q{snapshot.FromQuarter}-version-{snapshot.Number}.pdf");
}
