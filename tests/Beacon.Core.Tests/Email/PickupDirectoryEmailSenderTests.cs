using System.Net.Mail;
using System.Text;
using Beacon.Core.Email;
using Beacon.Tests.Shared;

namespace Beacon.Core.Tests.Email;

public sealed class PickupDirectoryEmailSenderTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"beacon-pickup-{Guid.NewGuid():N}", "mail");
    private readonly MailAddress from = new("beacon@northbridge.example");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);

    private static OutboxEmail Email(string body = "Dear Alex,\n\nYour link.\n") => new()
    {
        Id = Guid.CreateVersion7(),
        To = "alex.tester@example.test",
        Subject = "Reset your Beacon password",
        Body = body,
        CreatedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task Send_NewFolder_WritesOneEmlNamedByIdAndNothingElse()
    {
        var email = Email();

        await new PickupDirectoryEmailSender(directory, from).SendAsync(email, TestContext.Current.CancellationToken);

        Directory.GetFiles(directory).Select(Path.GetFileName).ShouldBe([$"{email.Id:N}.eml"]);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(directory, $"{email.Id:N}.eml"), TestContext.Current.CancellationToken);
        bytes.ShouldBe(EmailMessageFormat.Write(email, from));
        var eml = EmlReader.Parse(Encoding.ASCII.GetString(bytes));
        eml.Header("To").ShouldBe("alex.tester@example.test");
        eml.Subject.ShouldBe("Reset your Beacon password");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Send_OnUnix_FolderAndFileAreOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
        }

        var email = Email();

        await new PickupDirectoryEmailSender(directory, from).SendAsync(email, TestContext.Current.CancellationToken);

        File.GetUnixFileMode(directory).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(Path.Combine(directory, $"{email.Id:N}.eml")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public async Task Send_SameEmailAgain_ReplacesItsFile()
    {
        var sender = new PickupDirectoryEmailSender(directory, from);
        var email = Email("First try");
        await sender.SendAsync(email, TestContext.Current.CancellationToken);

        email.Body = "Second try";
        await sender.SendAsync(email, TestContext.Current.CancellationToken);

        Directory.GetFiles(directory).Length.ShouldBe(1);
        EmlReader.Parse(await File.ReadAllTextAsync(Path.Combine(directory, $"{email.Id:N}.eml"), TestContext.Current.CancellationToken)).Body.ShouldBe("Second try\r\n");
    }

    [Fact]
    public async Task Send_WhileAReaderWatchesTheFolder_ReaderOnlyEverSeesWholeFiles()
    {
        var sender = new PickupDirectoryEmailSender(directory, from);
        Directory.CreateDirectory(directory);
        var body = string.Join('\n', Enumerable.Range(0, 4000).Select(i => $"Line {i} of a long email, to make each write take a while."));
        using var done = new CancellationTokenSource();
        var partial = 0;
        var seen = 0;

        // A pickup service: takes any .eml it sees, as soon as it sees it.
        var reader = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                foreach (var file in Directory.GetFiles(directory, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file);
                    seen++;
                    if (!text.EndsWith("Line 3999 of a long email, to make each write take a while.\r\n", StringComparison.Ordinal))
                    {
                        partial++;
                    }

                    File.Delete(file);
                }
            }
        });

        for (var i = 0; i < 40; i++)
        {
            await sender.SendAsync(Email(body), TestContext.Current.CancellationToken);
        }

        await done.CancelAsync();
        await reader;
        partial.ShouldBe(0);
        seen.ShouldBeGreaterThan(0);
    }
}
