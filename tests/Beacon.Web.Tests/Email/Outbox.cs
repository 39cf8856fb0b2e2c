using System.Collections.Concurrent;
using Beacon.Core.Data;
using Beacon.Core.Email;
using Beacon.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Web.Tests.Email;

/// <summary>The outbox from a test's side: queue an email, run the dispatcher once, read a row back.</summary>
internal static class Outbox
{
    public static string UniqueAddress() => $"person-{Guid.NewGuid():N}@example.test";

    public static async Task<Guid> EnqueueAsync(this WebApplicationFactory<Program> app, string to, string subject = "A test email from Beacon", string body = "Dear Test User,\n\nThis is a test.\n")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var email = scope.ServiceProvider.GetRequiredService<EmailOutbox>().Enqueue(to, subject, body);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return email.Id;
    }

    public static Task<int> ProcessBatchAsync(this WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<EmailDispatcher>().ProcessBatchAsync(TestContext.Current.CancellationToken);

    /// <summary>Runs batches until one finds nothing due.</summary>
    public static async Task DrainAsync(this WebApplicationFactory<Program> app)
    {
        while (await app.ProcessBatchAsync() > 0)
        {
        }
    }

    public static async Task<OutboxEmail?> FindEmailAsync(this WebApplicationFactory<Program> app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxEmails.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
    }

    public static WebApplicationFactory<Program> WithSender(this WebApplicationFactory<Program> app, IEmailSender sender, params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.AddSingleton(sender));
        });
}

/// <summary>A mail server that is down: says so with the address in the message, as real ones do.</summary>
internal sealed class FailingSender : IEmailSender
{
    public ConcurrentQueue<Guid> Tried { get; } = new();

    public int CallsFor(Guid id) => Tried.Count(t => t == id);

    public Task SendAsync(OutboxEmail email, CancellationToken cancellationToken = default)
    {
        Tried.Enqueue(email.Id);
        throw new InvalidOperationException($"Mailbox {email.To} is unavailable");
    }
}

/// <summary>Takes a moment per email, like a real server, and remembers what it was given.</summary>
internal sealed class RecordingSender : IEmailSender
{
    public ConcurrentQueue<Guid> Sent { get; } = new();

    public async Task SendAsync(OutboxEmail email, CancellationToken cancellationToken = default)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5)), cancellationToken);
        Sent.Enqueue(email.Id);
    }
}
