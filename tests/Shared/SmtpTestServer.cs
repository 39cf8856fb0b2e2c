using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Beacon.Tests.Shared;

/// <summary>What the test SMTP server took in, one per DATA.</summary>
internal sealed record ReceivedEmail(string MailFrom, IReadOnlyList<string> Recipients, string Data, bool Encrypted, string? User);

/// <summary>
/// A small real SMTP server on a loopback port: EHLO, STARTTLS (with a certificate), AUTH PLAIN and
/// LOGIN (with credentials), MAIL, RCPT, DATA, RSET, NOOP, QUIT. Enough to test a client against the
/// protocol rather than a mock. Every command line it read is kept in <see cref="Transcript"/>.
/// </summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly X509Certificate2? certificate;
    private readonly (string User, string Password)? credentials;
    private readonly Task accepting;

    public SmtpTestServer(X509Certificate2? certificate = null, (string User, string Password)? credentials = null, int rejectRecipientsWith = 0)
    {
        this.certificate = certificate;
        this.credentials = credentials;
        RejectRecipientsWith = rejectRecipientsWith;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int RejectRecipientsWith { get; }

    public ConcurrentQueue<ReceivedEmail> Received { get; } = new();

    public ConcurrentQueue<string> Transcript { get; } = new();

    /// <summary>A self-signed certificate for "localhost", as a small council relay might have.</summary>
    public static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        await ServeAsync(client.GetStream());
                    }
                    catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
                    {
                        Transcript.Enqueue($"(connection ended: {e.GetType().Name})");
                    }
                }
            });
        }
    }

    private async Task ServeAsync(Stream network)
    {
        Stream stream = network;
        var reader = new StreamReader(stream, Encoding.ASCII);
        var encrypted = false;
        string? user = null;
        string? mailFrom = null;
        var recipients = new List<string>();

        async Task Reply(params string[] lines)
        {
            var text = string.Concat(lines.Select((l, i) => $"{l[..3]}{(i < lines.Length - 1 ? '-' : ' ')}{l[4..]}\r\n"));
            await stream.WriteAsync(Encoding.ASCII.GetBytes(text));
            await stream.FlushAsync();
        }

        await Reply("220 smtp.test ESMTP ready");
        while (await reader.ReadLineAsync() is { } line)
        {
            Transcript.Enqueue(line);
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    var lines = new List<string> { "250 smtp.test greets you" };
                    if (certificate is not null && !encrypted)
                    {
                        lines.Add("250 STARTTLS");
                    }

                    if (credentials is not null && encrypted)
                    {
                        lines.Add("250 AUTH PLAIN LOGIN");
                    }

                    lines.Add("250 8BITMIME");
                    await Reply([.. lines]);
                    break;
                case "STARTTLS" when certificate is not null && !encrypted:
                    await Reply("220 go ahead");
                    var ssl = new SslStream(network);
                    await ssl.AuthenticateAsServerAsync(certificate);
                    stream = ssl;
                    reader = new StreamReader(stream, Encoding.ASCII);
                    encrypted = true;
                    user = null;
                    mailFrom = null;
                    recipients.Clear();
                    break;
                case "AUTH" when credentials is not null && encrypted:
                    var parts = line.Split(' ');
                    string? name;
                    string? password;
                    if (parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
                    {
                        var fields = Encoding.UTF8.GetString(Convert.FromBase64String(parts[2])).Split('\0');
                        (name, password) = (fields[1], fields[2]);
                    }
                    else
                    {
                        await Reply("334 VXNlcm5hbWU6");
                        name = Encoding.UTF8.GetString(Convert.FromBase64String(await reader.ReadLineAsync() ?? ""));
                        await Reply("334 UGFzc3dvcmQ6");
                        password = Encoding.UTF8.GetString(Convert.FromBase64String(await reader.ReadLineAsync() ?? ""));
                    }

                    if (name == credentials.Value.User && password == credentials.Value.Password)
                    {
                        user = name;
                        await Reply("235 2.7.0 authenticated");
                    }
                    else
                    {
                        await Reply("535 5.7.8 authentication failed");
                    }

                    break;
                case "MAIL" when credentials is not null && user is null:
                    await Reply("530 5.7.0 authentication required");
                    break;
                case "MAIL":
                    mailFrom = Between(line, '<', '>');
                    await Reply("250 2.1.0 ok");
                    break;
                case "RCPT" when mailFrom is null:
                    await Reply("503 5.5.1 MAIL first");
                    break;
                case "RCPT" when RejectRecipientsWith != 0:
                    await Reply($"{RejectRecipientsWith} 5.1.1 <{Between(line, '<', '>')}>: recipient address rejected");
                    break;
                case "RCPT":
                    recipients.Add(Between(line, '<', '>'));
                    await Reply("250 2.1.5 ok");
                    break;
                case "DATA" when recipients.Count == 0:
                    await Reply("503 5.5.1 RCPT first");
                    break;
                case "DATA":
                    await Reply("354 end with <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith('.') ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    Received.Enqueue(new ReceivedEmail(mailFrom!, [.. recipients], data.ToString(), encrypted, user));
                    mailFrom = null;
                    recipients.Clear();
                    await Reply("250 2.0.0 queued");
                    break;
                case "RSET":
                    mailFrom = null;
                    recipients.Clear();
                    await Reply("250 2.0.0 ok");
                    break;
                case "NOOP":
                    await Reply("250 2.0.0 ok");
                    break;
                case "QUIT":
                    await Reply("221 2.0.0 bye");
                    return;
                default:
                    await Reply("502 5.5.2 command not recognised");
                    break;
            }
        }
    }

    private static string Between(string line, char open, char close)
    {
        var start = line.IndexOf(open, StringComparison.Ordinal) + 1;
        return line[start..line.IndexOf(close, start)];
    }
}
