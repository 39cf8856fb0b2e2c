using Beacon.Core.Cases;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Infrastructure;

/// <summary>
/// Runs the reminder job every hour (<c>Beacon:Reminders:IntervalMinutes</c>); the job itself sends
/// each reminder once a UK day, so running often only means a reminder goes early in the day.
/// Switched off with <c>Beacon:Reminders:Enabled</c> = false (the tests run the job themselves).
/// </summary>
public sealed partial class ReminderService(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    IOptions<BeaconOptions> options,
    TimeProvider time,
    ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Beacon:Reminders:Enabled", true))
        {
            LogDisabled(logger);
            return;
        }

        await Task.Yield();
        var minutes = Math.Max(1, configuration.GetValue("Beacon:Reminders:IntervalMinutes", 60));
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        try
        {
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var job = scope.ServiceProvider.GetRequiredService<ReminderJob>();
                    var queued = await job.RunOnceAsync(time.GetUtcNow(), options.Value.PublicBaseUrl, stoppingToken);
                    LogRan(logger, queued);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, e.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders run: {Queued} emails queued")]
    private static partial void LogRan(ILogger logger, int queued);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders failed with {ErrorType}; they will try again")]
    private static partial void LogFailed(ILogger logger, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminders are switched off (Beacon:Reminders:Enabled is false)")]
    private static partial void LogDisabled(ILogger logger);
}
