using System.Net.Mail;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Beacon.Core.Email;
using Beacon.Tests.Shared;

namespace Beacon.Core.Tests.Email;

/// <summary>Against a real SMTP server on a loopback port (tests/Shared/SmtpTestServer.cs).</summary>
public class SmtpEmailSenderTests
{
    private static readonly MailAddress From = new("Beacon <beacon@northbridge.example>");

    private static OutboxEmail Email() => new()
    {
        Id = Guid.CreateVersion7(),
        To = "alex.tester@example.test",
        Subject = "Réinitialisez votre mot de passe",
        Body = "Dear Alex,\n\n.A line that starts with a full stop\nhttps://beacon.example/account/reset-password/new/token\n",
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private static SmtpOptions Options(SmtpTestServer server, bool startTls = false, string? username = null, string? password = null) => new()
    {
        Host = "localhost",
        Port = server.Port,
        UseStartTls = startTls,
        Username = username,
        Password = password,
        TimeoutSeconds = 10,
    };

    private static SmtpEmailSender TrustingOnly(SmtpOptions options, X509Certificate2 certificate) => new(options, From)
    {
        CertificateValidation = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
    };

    [Fact]
    public async Task Send_PlainServer_DeliversExactlyTheMessageToTheRecipient()
    {
        await using var server = new SmtpTestServer();
        var email = Email();

        await new SmtpEmailSender(Options(server), From).SendAsync(email, TestContext.Current.CancellationToken);

        var received = server.Received.ShouldHaveSingleItem();
        received.MailFrom.ShouldBe("beacon@northbridge.example");
        received.Recipients.ShouldBe(["alex.tester@example.test"]);
        received.Data.ShouldBe(Encoding.ASCII.GetString(EmailMessageFormat.Write(email, From)));
        EmlReader.Parse(received.Data).Subject.ShouldBe("Réinitialisez votre mot de passe");
        server.Transcript.ShouldContain("QUIT");
    }

    [Fact]
    public async Task Send_StartTlsAndCredentials_AuthenticatesOnlyAfterTheHandshake()
    {
        using var certificate = SmtpTestServer.CreateCertificate();
        await using var server = new SmtpTestServer(certificate, ("beacon-relay", "relay password 1"));

        await TrustingOnly(Options(server, startTls: true, "beacon-relay", "relay password 1"), certificate)
            .SendAsync(Email(), TestContext.Current.CancellationToken);

        var received = server.Received.ShouldHaveSingleItem();
        received.Encrypted.ShouldBeTrue();
        received.User.ShouldBe("beacon-relay");
        var transcript = server.Transcript.ToList();
        transcript.IndexOf("STARTTLS").ShouldBeLessThan(transcript.FindIndex(l => l.StartsWith("AUTH", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Send_StartTlsRequiredButNotOffered_StopsBeforeTheMessage()
    {
        await using var server = new SmtpTestServer();

        var error = await Should.ThrowAsync<SmtpProtocolException>(
            () => new SmtpEmailSender(Options(server, startTls: true), From).SendAsync(Email(), TestContext.Current.CancellationToken));

        error.ReplyCode.ShouldBe(0);
        server.Transcript.ShouldNotContain(l => l.StartsWith("MAIL", StringComparison.Ordinal));
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Send_ServerCertificateNotTrusted_FailsBeforeCredentials()
    {
        using var certificate = SmtpTestServer.CreateCertificate();
        await using var server = new SmtpTestServer(certificate, ("beacon-relay", "relay password 1"));

        await Should.ThrowAsync<AuthenticationException>(
            () => new SmtpEmailSender(Options(server, startTls: true, "beacon-relay", "relay password 1"), From).SendAsync(Email(), TestContext.Current.CancellationToken));

        server.Transcript.ShouldNotContain(l => l.StartsWith("AUTH", StringComparison.Ordinal));
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Send_WrongPassword_FailsWithTheReplyCode()
    {
        using var certificate = SmtpTestServer.CreateCertificate();
        await using var server = new SmtpTestServer(certificate, ("beacon-relay", "relay password 1"));

        var error = await Should.ThrowAsync<SmtpProtocolException>(
            () => TrustingOnly(Options(server, startTls: true, "beacon-relay", "wrong"), certificate).SendAsync(Email(), TestContext.Current.CancellationToken));

        error.ReplyCode.ShouldBe(535);
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Send_RecipientRefused_FailsWithTheCodeButNotTheAddress()
    {
        await using var server = new SmtpTestServer(rejectRecipientsWith: 550);

        var error = await Should.ThrowAsync<SmtpProtocolException>(
            () => new SmtpEmailSender(Options(server), From).SendAsync(Email(), TestContext.Current.CancellationToken));

        error.ReplyCode.ShouldBe(550);
        error.Message.ShouldNotContain("alex.tester");
        server.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Send_NobodyListening_Throws()
    {
        int port;
        await using (var server = new SmtpTestServer())
        {
            port = server.Port;
        }

        await Should.ThrowAsync<System.Net.Sockets.SocketException>(() => new SmtpEmailSender(
            new SmtpOptions { Host = "127.0.0.1", Port = port, UseStartTls = false, TimeoutSeconds = 10 }, From).SendAsync(Email(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Problems_CredentialsWithoutStartTls_AreRefused()
    {
        var options = new EmailOptions { Mode = EmailMode.Smtp, Smtp = new SmtpOptions { Host = "relay.example", Username = "beacon", Password = "x", UseStartTls = false } };

        options.Problems().ShouldContain(p => p.Contains("Email:Smtp:UseStartTls", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_SmtpWithoutHost_NamesTheKey()
    {
        new EmailOptions { Mode = EmailMode.Smtp }.Problems().ShouldContain(p => p.Contains("Email:Smtp:Host", StringComparison.Ordinal));
        new EmailOptions().Problems().ShouldBeEmpty();
    }
}
