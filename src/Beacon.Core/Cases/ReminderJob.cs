using Beacon.Core.Access;
using Beacon.Core.Audit;
using Beacon.Core.Data;
using Beacon.Core.Email;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Core.Cases;

/// <summary>
/// The daily reminders: for each overdue item on an open case, one email a day to whoever owns it
/// (the case's worker, or the action's owner; the owning team's members when no one does), through
/// the outbox. A <see cref="ReminderSent"/> row per item and day, committed with its emails, makes
/// a second run on the same day (or a second instance) send nothing more. The emails carry the case
/// reference, what is overdue and a link: never a name or anything else about the person.
/// </summary>
public sealed class ReminderJob(AppDbContext db, OverdueItems overdue, EmailOutbox outbox)
{
    /// <summary>Sends what is due at <paramref name="now"/>; returns how many emails it queued.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, string? baseUrl = null, CancellationToken cancellationToken = default)
    {
        db.Scope = AccessScope.ForSystem();
        var day = DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
        var items = (await overdue.AllAsync(now, cancellationToken)).Where(i => i.NeedsReminder).ToList();
        var keys = items.Select(i => i.ReminderKey(day)).ToList();
        var sent = (await db.RemindersSent.AsNoTracking().Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        foreach (var item in items)
        {
            var key = item.ReminderKey(day);
            if (sent.Contains(key) || cancellationToken.IsCancellationRequested)
            {
                continue;
            }

            var recipients = await RecipientsAsync(item, cancellationToken);
            foreach (var to in recipients)
            {
                outbox.Enqueue(to, $"Overdue on case {item.CaseReference}", Body(item, baseUrl));
            }

            db.RemindersSent.Add(new ReminderSent { Key = key, SentAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                queued += recipients.Count;
            }
            catch (DbUpdateException)
            {
                // Another instance sent this one first.
                db.ChangeTracker.Clear();
            }
        }

        return queued;
    }

    public static string Body(OverdueItem item, string? baseUrl)
    {
        var link = (baseUrl?.TrimEnd('/') ?? string.Empty) + item.Path;
        return $"""
            {item.What}.

            Case: {item.CaseReference}
            Open it in Beacon: {link}

            This reminder comes once a day while the item is overdue. Sign in to see the details.
            """;
    }

    private async Task<List<string>> RecipientsAsync(OverdueItem item, CancellationToken cancellationToken)
    {
        if (item.OwnerUserId is { } owner)
        {
            var email = await db.Users.Where(u => u.Id == owner && u.DeactivatedAt == null && u.Email != null).Select(u => u.Email!).SingleOrDefaultAsync(cancellationToken);
            if (email is not null)
            {
                return [email];
            }
        }

        return await db.Users.Where(u => u.TeamId == item.OwningTeamId && u.DeactivatedAt == null && u.Email != null)
            .OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(cancellationToken);
    }
}
