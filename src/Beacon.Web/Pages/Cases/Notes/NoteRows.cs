using Beacon.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Pages.Cases.Notes;

/// <summary>A note with its addenda underneath, oldest addendum first.</summary>
public sealed record NoteRow(Guid Id, string Text, string WrittenBy, DateTimeOffset WrittenAt, IReadOnlyList<NoteRow> Addenda)
{
    public static async Task<IReadOnlyList<NoteRow>> ReadAsync(AppDbContext db, Guid caseId, Guid? onlyNoteId, CancellationToken cancellationToken)
    {
        var rows = await (
            from n in db.CaseNotes.AsNoTracking()
            where n.CaseId == caseId && (onlyNoteId == null || n.Id == onlyNoteId || n.AddendumToNoteId == onlyNoteId)
            join u in db.Users on n.WrittenByUserId equals u.Id into writers
            from u in writers.DefaultIfEmpty()
            select new { n.Id, n.AddendumToNoteId, n.Text, By = u != null ? u.DisplayName : "Beacon", n.WrittenAt })
            .ToListAsync(cancellationToken);
        var addenda = rows.Where(r => r.AddendumToNoteId is not null).ToLookup(r => r.AddendumToNoteId!.Value);
        return [.. rows.Where(r => r.AddendumToNoteId is null)
            .OrderByDescending(r => r.WrittenAt).ThenByDescending(r => r.Id)
            .Select(r => new NoteRow(r.Id, r.Text, r.By, r.WrittenAt, [.. addenda[r.Id].OrderBy(a => a.WrittenAt).ThenBy(a => a.Id).Select(a => new NoteRow(a.Id, a.Text, a.By, a.WrittenAt, []))]))];
    }
}
