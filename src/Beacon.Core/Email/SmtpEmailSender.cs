using System.Globalization;
using System.Net.Mail;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace Beacon.Core.Email;

/// <summary>An SMTP reply other than the one expected. Carries the code only: the text may quote an address.</summary>
public sealed class SmtpProtocolException : Exception
{
    public SmtpProtocolException()
    {
    }

    public SmtpProtocolException(string message)
        : base(message)
    {
    }

    public SmtpProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SmtpProtocolException(string command, int replyCode)
        : base($"The SMTP server replied {replyCode} to {command}.")
    {
        ReplyCode = replyCode;
    }

    /// <summary>The server's reply code, or 0 when Beacon itself stopped (no STARTTLS offered, say).</summary>
    public int ReplyCode { get; }
}

/// <summary>
/// A small SMTP submission client (RFC 5321): EHLO, STARTTLS (required unless switched off, never
/// skipped because the server did not offer it), AUTH PLAIN or LOGIN only over TLS, one message per
/// connection. The message is the same as the pickup file.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options, MailAddress from) : IEmailSender
{
    /// <summary>Tests only: trusts the test server's certificate. Null means the system's checks.</summary>
    internal RemoteCertificateValidationCallback? CertificateValidation { get; init; }

    public async Task SendAsync(OutboxEmail email, CancellationToken cancellationToken = default)
    {
        var message = EmailMessageFormat.Write(email, from);
        var recipient = EmailMessageFormat.RecipientAddress(email.To);
        var sender = EmailMessageFormat.AsciiAddress(from);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            await SendAsync(message, sender, recipient, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP exchange took longer than {options.TimeoutSeconds} seconds.");
        }
    }

    private async Task SendAsync(byte[] message, string sender, string recipient, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(options.Host!, options.Port, cancellationToken);
        await using var smtp = new SmtpConnection(tcp.GetStream());
        await smtp.ExpectAsync("greeting", 220, cancellationToken);

        var clientName = new System.Globalization.IdnMapping().GetAscii(from.Host);
        var extensions = await smtp.EhloAsync(clientName, cancellationToken);
        if (options.UseStartTls)
        {
            if (!extensions.ContainsKey("STARTTLS"))
            {
                throw new SmtpProtocolException("The SMTP server does not offer STARTTLS, and Email:Smtp:UseStartTls is true.");
            }

            await smtp.CommandAsync("STARTTLS", "STARTTLS", 220, cancellationToken);
            await smtp.StartTlsAsync(
                new SslClientAuthenticationOptions { TargetHost = options.Host, RemoteCertificateValidationCallback = CertificateValidation },
                cancellationToken);
            extensions = await smtp.EhloAsync(clientName, cancellationToken);
        }

        if (!string.IsNullOrEmpty(options.Username))
        {
            await AuthenticateAsync(smtp, extensions, cancellationToken);
        }

        await smtp.CommandAsync($"MAIL FROM:<{sender}>", "MAIL", 250, cancellationToken);
        await smtp.CommandAsync($"RCPT TO:<{recipient}>", "RCPT", 250, cancellationToken, alsoAccept: 251);
        await smtp.CommandAsync("DATA", "DATA", 354, cancellationToken);
        await smtp.WriteDataAsync(message, cancellationToken);
        await smtp.ExpectAsync("end of data", 250, cancellationToken);

        try
        {
            await smtp.CommandAsync("QUIT", "QUIT", 221, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException)
        {
            // The server has accepted the message already; how it says goodbye does not matter.
        }
    }

    private async Task AuthenticateAsync(SmtpConnection smtp, Dictionary<string, string> extensions, CancellationToken cancellationToken)
    {
        if (!smtp.IsEncrypted)
        {
            throw new SmtpProtocolException("Beacon does not send SMTP credentials over an unencrypted connection.");
        }

        var mechanisms = extensions.TryGetValue("AUTH", out var list) ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        var password = options.Password ?? string.Empty;
        if (mechanisms.Contains("PLAIN", StringComparer.OrdinalIgnoreCase))
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{options.Username}\0{password}"));
            await smtp.CommandAsync($"AUTH PLAIN {credentials}", "AUTH PLAIN", 235, cancellationToken);
        }
        else if (mechanisms.Contains("LOGIN", StringComparer.OrdinalIgnoreCase))
        {
            await smtp.CommandAsync("AUTH LOGIN", "AUTH LOGIN", 334, cancellationToken);
            await smtp.CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Username!)), "AUTH LOGIN user name", 334, cancellationToken);
            await smtp.CommandAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(password)), "AUTH LOGIN password", 235, cancellationToken);
        }
        else
        {
            throw new SmtpProtocolException("The SMTP server offers neither AUTH PLAIN nor AUTH LOGIN.");
        }
    }

    /// <summary>Lines in and out over the socket, then over TLS. Replies are read byte by byte from its own buffer.</summary>
    private sealed class SmtpConnection(Stream stream) : IAsyncDisposable
    {
        private const int MaxLine = 4096;
        private readonly byte[] buffer = new byte[MaxLine];
        private Stream stream = stream;
        private int start;
        private int end;

        public bool IsEncrypted => stream is SslStream;

        public async Task<Dictionary<string, string>> EhloAsync(string clientName, CancellationToken cancellationToken)
        {
            await WriteLineAsync($"EHLO {clientName}", cancellationToken);
            var (code, lines) = await ReadReplyAsync(cancellationToken);
            if (code != 250)
            {
                throw new SmtpProtocolException("EHLO", code);
            }

            // The first line is the server's name; the rest are extensions with their parameters.
            var extensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                extensions[space < 0 ? line : line[..space]] = space < 0 ? string.Empty : line[(space + 1)..];
            }

            return extensions;
        }

        public async Task CommandAsync(string command, string name, int expected, CancellationToken cancellationToken, int alsoAccept = 0)
        {
            await WriteLineAsync(command, cancellationToken);
            var (code, _) = await ReadReplyAsync(cancellationToken);
            if (code != expected && code != alsoAccept)
            {
                throw new SmtpProtocolException(name, code);
            }
        }

        public async Task ExpectAsync(string name, int expected, CancellationToken cancellationToken)
        {
            var (code, _) = await ReadReplyAsync(cancellationToken);
            if (code != expected)
            {
                throw new SmtpProtocolException(name, code);
            }
        }

        public async Task StartTlsAsync(SslClientAuthenticationOptions tls, CancellationToken cancellationToken)
        {
            // Anything already buffered was sent before the handshake and could have been injected
            // by someone in the middle (CVE-2011-0411 and kin): refuse rather than trust it.
            if (end > start)
            {
                throw new SmtpProtocolException("The SMTP server sent data after its STARTTLS reply.");
            }

            var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
            await ssl.AuthenticateAsClientAsync(tls, cancellationToken);
            stream = ssl;
        }

        /// <summary>The message with its lines dot-stuffed, then the lone full stop that ends it.</summary>
        public async Task WriteDataAsync(byte[] message, CancellationToken cancellationToken)
        {
            using var data = new MemoryStream(message.Length + 64);
            var lineStart = true;
            foreach (var b in message)
            {
                if (lineStart && b == '.')
                {
                    data.WriteByte((byte)'.');
                }

                data.WriteByte(b);
                lineStart = b == '\n';
            }

            if (!lineStart)
            {
                data.Write("\r\n"u8);
            }

            data.Write(".\r\n"u8);
            await stream.WriteAsync(data.GetBuffer().AsMemory(0, (int)data.Length), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync() => await stream.DisposeAsync();

        private async Task WriteLineAsync(string line, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        private async Task<(int Code, List<string> Lines)> ReadReplyAsync(CancellationToken cancellationToken)
        {
            var lines = new List<string>();
            while (true)
            {
                var line = await ReadLineAsync(cancellationToken);
                if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                {
                    throw new SmtpProtocolException("The SMTP server sent a line that is not a reply.");
                }

                lines.Add(line.Length > 4 ? line[4..] : string.Empty);
                if (line.Length == 3 || line[3] == ' ')
                {
                    return (code, lines);
                }
            }
        }

        private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline >= 0)
                {
                    var line = Encoding.ASCII.GetString(buffer, start, newline - start).TrimEnd('\r');
                    start = newline + 1;
                    return line;
                }

                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    throw new SmtpProtocolException("The SMTP server sent a line longer than 4096 bytes.");
                }

                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
                if (read == 0)
                {
                    throw new IOException("The SMTP server closed the connection.");
                }

                end += read;
            }
        }
    }
}
