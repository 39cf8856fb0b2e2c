using System.Diagnostics;
using Beacon.Core.Accounts;
using Beacon.Core.Data;
using Beacon.Core.Email;
using Beacon.Tests.Shared;
using Beacon.Web.Infrastructure.Email;
using Beacon.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Tests.Email;

/// <summary>The outbox sent by the real dispatcher on a real database, on both providers (their claims differ).</summary>
public abstract class EmailDispatcherTests
{
    protected abstract BeaconAppFactory App { get; }

    private IEnumerable<string> DispatcherLog => App.Logs.Lines.Where(l => l.Contains(typeof(EmailDispatcher).FullName!, StringComparison.Ordinal));

    [Fact]
    public async Task ProcessBatch_PasswordResetRequested_WritesEmlToPickupFolderAndMarksItSent()
    {
        var user = await App.CreateUserAsync(Role.Staff);
        await App.CreateBrowserClient().PostFormAsync("/account/reset-password", new() { ["Email"] = user.Email });
        var id = await App.QueryAsync(db => db.OutboxEmails.Where(e => e.To == user.Email).Select(e => e.Id).SingleAsync());

        (await App.ProcessBatchAsync()).ShouldBeGreaterThanOrEqualTo(1);

        var file = Path.Combine(App.MailPickupDirectory, $"{id:N}.eml");
        File.Exists(file).ShouldBeTrue();
        var eml = EmlReader.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        eml.Header("To").ShouldBe(user.Email);
        eml.Header("From").ShouldBe("beacon@localhost");
        eml.Subject.ShouldBe("Reset your Beacon password");
        eml.Body.ShouldContain("https://beacon.test/account/reset-password/new/");
        Directory.GetFiles(App.MailPickupDirectory, "*.tmp").ShouldBeEmpty();

        var row = (await App.FindEmailAsync(id))!;
        row.SentAt!.Value.ShouldBe(App.Time.GetUtcNow(), TimeSpan.FromMilliseconds(1));
        row.Attempts.ShouldBe(0);
        row.NextAttemptAt.ShouldBeNull();
        DispatcherLog.ShouldContain(l => l.Contains($"Email {id} sent", StringComparison.Ordinal));
        DispatcherLog.ShouldNotContain(l => l.Contains(user.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ProcessBatch_SenderFails_LeavesEmailUnsentWithOneAttemptTheTypeNameAndARetryLater()
    {
        var failing = new FailingSender();
        await using var app = App.WithSender(failing);
        var to = Outbox.UniqueAddress();
        var id = await app.EnqueueAsync(to);

        await app.ProcessBatchAsync();

        var row = (await App.FindEmailAsync(id))!;
        row.SentAt.ShouldBeNull();
        row.Attempts.ShouldBe(1);
        row.LastError.ShouldBe(nameof(InvalidOperationException));
        row.NextAttemptAt!.Value.ShouldBe(App.Time.GetUtcNow() + TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(1));
        File.Exists(Path.Combine(App.MailPickupDirectory, $"{id:N}.eml")).ShouldBeFalse();
        DispatcherLog.ShouldContain(l => l.Contains($"Email {id} attempt 1 failed with InvalidOperationException", StringComparison.Ordinal));
        DispatcherLog.ShouldNotContain(l => l.Contains(to, StringComparison.OrdinalIgnoreCase));

        // Not due yet: not tried again.
        await app.ProcessBatchAsync();
        failing.CallsFor(id).ShouldBe(1);

        // Due a minute later, and the (working) pickup sender sends it.
        App.Time.Advance(TimeSpan.FromMinutes(1));
        await App.DrainAsync();
        (await App.FindEmailAsync(id))!.SentAt.ShouldNotBeNull();
        File.Exists(Path.Combine(App.MailPickupDirectory, $"{id:N}.eml")).ShouldBeTrue();
    }

    [Fact]
    public async Task ProcessBatch_FailsEveryTime_BacksOffThenGivesUpAndLogsIt()
    {
        var failing = new FailingSender();
        await using var app = App.WithSender(failing, ("Email:Dispatcher:MaxAttempts", "4"));
        var id = await app.EnqueueAsync(Outbox.UniqueAddress());
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var before = App.Time.GetUtcNow();
            await app.DrainAsync();
            var row = (await App.FindEmailAsync(id))!;
            row.Attempts.ShouldBe(attempt);
            if (row.NextAttemptAt is { } next)
            {
                // PostgreSQL keeps microseconds, the fake clock 100 ns ticks.
                waits.Add(TimeSpan.FromSeconds(Math.Round((next - before).TotalSeconds)));
                App.Time.Advance(next - before);
            }
        }

        waits.ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)]);
        var given = (await App.FindEmailAsync(id))!;
        given.SentAt.ShouldBeNull();
        given.NextAttemptAt.ShouldBeNull();
        DispatcherLog.ShouldContain(l => l.Contains($"Email {id} given up after 4 failed attempts", StringComparison.Ordinal));

        App.Time.Advance(TimeSpan.FromDays(1));
        await app.DrainAsync();
        failing.CallsFor(id).ShouldBe(4);
    }

    [Fact]
    public void DelayAfter_ManyAttempts_IsHourly()
    {
        EmailDispatcher.DelayAfter(4).ShouldBe(TimeSpan.FromHours(1));
        EmailDispatcher.DelayAfter(9).ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Enqueue_WorkRolledBack_LeavesNothingToSend()
    {
        var to = Outbox.UniqueAddress();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            scope.ServiceProvider.GetRequiredService<EmailOutbox>().Enqueue(to, "You have been invited to Beacon", "Dear Test User,\n");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        var recorder = new RecordingSender();
        await using var app = App.WithSender(recorder);
        await app.DrainAsync();

        (await App.QueryAsync(db => db.OutboxEmails.AnyAsync(e => e.To == to))).ShouldBeFalse();
        var sentIds = recorder.Sent.ToList();
        var sentTo = await App.QueryAsync(db => db.OutboxEmails.Where(e => sentIds.Contains(e.Id)).Select(e => e.To).ToListAsync());
        sentTo.ShouldNotContain(to);
    }

    [Fact]
    public async Task ProcessBatch_TwoDispatchersAtOnce_SendEachEmailExactlyOnce()
    {
        var recorder = new RecordingSender();
        await using var first = App.WithSender(recorder, ("Email:Dispatcher:BatchSize", "3"));
        await using var second = App.WithSender(recorder, ("Email:Dispatcher:BatchSize", "3"));
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await first.EnqueueAsync(Outbox.UniqueAddress()));
        }

        _ = second.Services;
        await Task.WhenAll(Task.Run(first.DrainAsync), Task.Run(second.DrainAsync));

        var sent = recorder.Sent.Where(ids.Contains).ToList();
        sent.Count.ShouldBe(ids.Count);
        sent.Distinct().Count().ShouldBe(ids.Count);
        (await App.QueryAsync(db => db.OutboxEmails.CountAsync(e => ids.Contains(e.Id) && e.SentAt != null))).ShouldBe(ids.Count);
    }

    [Fact]
    public async Task ProcessBatch_SmtpMode_SendsThroughTheServer()
    {
        await using var server = new SmtpTestServer();
        await using var app = App.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Email:Mode", "Smtp");
            builder.UseSetting("Email:From", "Beacon <beacon@testborough.example>");
            builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Email:Smtp:Port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Email:Smtp:UseStartTls", "false");
        });
        var to = Outbox.UniqueAddress();
        var id = await app.EnqueueAsync(to, "Réinitialisez votre mot de passe");

        await app.DrainAsync();

        var received = server.Received.Single(r => r.Recipients.Contains(to));
        received.MailFrom.ShouldBe("beacon@testborough.example");
        var eml = EmlReader.Parse(received.Data);
        eml.Subject.ShouldBe("Réinitialisez votre mot de passe");
        eml.Header("Message-ID").ShouldBe($"<{id:N}@testborough.example>");
        (await App.FindEmailAsync(id))!.SentAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Dispatcher_Enabled_SendsOnItsOwnTimer()
    {
        await using var app = App.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Email:Dispatcher:Enabled", "true");
            builder.UseSetting("Email:Dispatcher:IntervalSeconds", "1");
        });
        var id = await app.EnqueueAsync(Outbox.UniqueAddress());

        // The timer runs on the app's (fake) clock: move it on until the email has gone, or give up.
        var clock = Stopwatch.StartNew();
        while ((await App.FindEmailAsync(id))!.SentAt is null && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            App.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        (await App.FindEmailAsync(id))!.SentAt.ShouldNotBeNull();
        File.Exists(Path.Combine(App.MailPickupDirectory, $"{id:N}.eml")).ShouldBeTrue();
    }

    [Fact]
    public void Start_SmtpWithoutHost_RefusesNamingTheSetting()
    {
        using var app = App.WithWebHostBuilder(builder => builder.UseSetting("Email:Mode", "Smtp"));

        var error = Should.Throw<OptionsValidationException>(() => app.Services);

        error.Message.ShouldContain("Email:Smtp:Host");
    }
}

public sealed class PostgresEmailDispatcherTests(PostgresApp app) : EmailDispatcherTests, IClassFixture<PostgresApp>
{
    protected override BeaconAppFactory App => app.Factory;
}

public sealed class SqliteEmailDispatcherTests(SqliteApp app) : EmailDispatcherTests, IClassFixture<SqliteApp>
{
    protected override BeaconAppFactory App => app.Factory;
}
