using Beacon.Core.Data;
using Beacon.Core.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Infrastructure.Email;

/// <summary>
/// Sends the outbox. Every few seconds it claims due emails one at a time, sends each and marks it
/// sent; a failure is retried later (1, 5, 15, 60 minutes, then hourly) until it is given up.
/// Several instances may run on one database: a claim moves the email's next attempt a lease ahead,
/// atomically, so no other instance takes it meanwhile. Delivery is at least once: if Beacon stops
/// between sending and recording it, the email goes again when the lease runs out.
/// </summary>
public sealed partial class EmailDispatcher(
    IServiceScopeFactory scopes,
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<EmailDispatcher> logger) : BackgroundService
{
    /// <summary>Longer than any one send (the SMTP timeout), so a claim never runs out mid-send.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60)];

    private EmailDispatcherOptions Settings => options.Value.Dispatcher;

    /// <summary>How long to wait after the given number of failed attempts.</summary>
    public static TimeSpan DelayAfter(int attempts) => Backoff[Math.Clamp(attempts, 1, Backoff.Length) - 1];

    /// <summary>
    /// Claims and sends up to a batch of due emails, in a DI scope of its own. Stops between emails
    /// when cancelled (never mid-send). Returns how many it tried.
    /// </summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var tried = 0;
        while (tried < Settings.BatchSize && !cancellationToken.IsCancellationRequested)
        {
            var email = await ClaimNextAsync(db);
            if (email is null)
            {
                break;
            }

            tried++;
            await SendAsync(db, sender, email);
        }

        return tried;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Settings.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Settings.IntervalSeconds), time);
        try
        {
            do
            {
                try
                {
                    // A full batch means there may be more: carry on without waiting.
                    while (await ProcessBatchAsync(stoppingToken) == Settings.BatchSize)
                    {
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database is away, say: the next tick tries again.
                    LogDispatchFailed(logger, e.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<OutboxEmail?> ClaimNextAsync(AppDbContext db)
    {
        var now = time.GetUtcNow();
        var until = now + Lease;
        if (db.Database.IsNpgsql())
        {
            // SKIP LOCKED: an instance claiming at the same moment takes the next email instead of
            // waiting for this one; claim and lease are one statement.
            var claimed = await db.OutboxEmails.FromSql($"""
                UPDATE email_outbox SET next_attempt_at = {until}
                WHERE id = (SELECT id FROM email_outbox
                            WHERE sent_at IS NULL AND next_attempt_at <= {now}
                            ORDER BY next_attempt_at LIMIT 1
                            FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsTracking().ToListAsync();
            return claimed.SingleOrDefault();
        }

        // SQLite has one writer at a time, so the conditional update is the claim: if another
        // instance got there first it matches no row, and the next due email is tried.
        for (var tries = 0; tries < 10; tries++)
        {
            var id = await db.OutboxEmails.Where(e => e.SentAt == null && e.NextAttemptAt <= now)
                .OrderBy(e => e.NextAttemptAt).Select(e => (Guid?)e.Id).FirstOrDefaultAsync();
            if (id is null)
            {
                return null;
            }

            var updated = await db.OutboxEmails.Where(e => e.Id == id && e.SentAt == null && e.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.NextAttemptAt, until));
            if (updated == 1)
            {
                return await db.OutboxEmails.SingleAsync(e => e.Id == id);
            }
        }

        return null;
    }

    private async Task SendAsync(AppDbContext db, IEmailSender sender, OutboxEmail email)
    {
        try
        {
            await sender.SendAsync(email, CancellationToken.None);
        }
        catch (Exception e)
        {
            email.Attempts++;
            email.LastError = e.GetType().Name;
            if (email.Attempts >= Settings.MaxAttempts)
            {
                email.NextAttemptAt = null;
                LogGivenUp(logger, email.Id, email.Attempts, email.LastError);
            }
            else
            {
                email.NextAttemptAt = time.GetUtcNow() + DelayAfter(email.Attempts);
                LogSendFailed(logger, email.Id, email.Attempts, email.LastError, (e as SmtpProtocolException)?.ReplyCode, email.NextAttemptAt.Value);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        email.SentAt = time.GetUtcNow();
        email.NextAttemptAt = null;
        await db.SaveChangesAsync(CancellationToken.None);
        LogSent(logger, email.Id, email.Attempts + 1);
    }

    // Ids, counts and exception types only: never an address, subject, body or exception message.
    [LoggerMessage(Level = LogLevel.Information, Message = "Email {EmailId} sent at attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, Guid emailId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {EmailId} attempt {Attempt} failed with {ErrorType} (SMTP reply {ReplyCode}); next attempt at {NextAttemptAt}")]
    private static partial void LogSendFailed(ILogger logger, Guid emailId, int attempt, string errorType, int? replyCode, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {EmailId} given up after {Attempts} failed attempts, the last with {ErrorType}")]
    private static partial void LogGivenUp(ILogger logger, Guid emailId, int attempts, string errorType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email dispatch failed with {ErrorType}; it will try again")]
    private static partial void LogDispatchFailed(ILogger logger, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email dispatch is switched off (Email:Dispatcher:Enabled is false): queued emails are not sent")]
    private static partial void LogDisabled(ILogger logger);
}
