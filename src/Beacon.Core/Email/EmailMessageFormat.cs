using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace Beacon.Core.Email;

/// <summary>
/// An outbox email as an RFC 5322 message: one plain UTF-8 text part, quoted-printable, so every
/// line is 7-bit and short whatever the text (any SMTP server, any pickup service).
/// </summary>
public static class EmailMessageFormat
{
    // 36 bytes make 48 base64 characters: "Subject: " plus one encoded-word stays within 76 characters.
    private const int EncodedWordBytes = 36;
    private const int QuotedPrintableLine = 76;

    public static byte[] Write(OutboxEmail email, MailAddress from)
    {
        var text = new StringBuilder();
        Header(text, "From", Mailbox(from));
        Header(text, "To", RecipientAddress(email.To));
        Header(text, "Subject", Unstructured(email.Subject, "Subject: ".Length));
        Header(text, "Date", email.CreatedAt.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        Header(text, "Message-ID", MessageId(email, from));
        Header(text, "MIME-Version", "1.0");
        Header(text, "Content-Type", "text/plain; charset=utf-8");
        Header(text, "Content-Transfer-Encoding", "quoted-printable");
        text.Append("\r\n");
        text.Append(QuotedPrintable(email.Body));
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>
    /// The recipient as plain ASCII <c>local@domain</c> (an international domain in its ASCII form).
    /// Refuses anything else: a display name, a line break, or a non-ASCII local part.
    /// </summary>
    public static string RecipientAddress(string to)
    {
        if (!MailAddress.TryCreate(to.Trim(), out var address) || address.DisplayName.Length > 0)
        {
            throw new FormatException("The recipient is not a plain email address.");
        }

        return AsciiAddress(address);
    }

    public static string AsciiAddress(MailAddress address)
    {
        var local = address.User;
        if (!local.All(c => c is > ' ' and < '\u007f'))
        {
            throw new FormatException("The address's local part is not ASCII (SMTPUTF8 is not supported).");
        }

        return $"{local}@{new IdnMapping().GetAscii(address.Host)}";
    }

    /// <summary>The same for every attempt, so that a receiver can tell a retried email from a new one.</summary>
    public static string MessageId(OutboxEmail email, MailAddress from) =>
        $"<{email.Id:N}@{new IdnMapping().GetAscii(from.Host)}>";

    private static void Header(StringBuilder text, string name, string value) =>
        text.Append(name).Append(": ").Append(value).Append("\r\n");

    private static string Mailbox(MailAddress address)
    {
        var ascii = AsciiAddress(address);
        if (address.DisplayName.Length == 0)
        {
            return ascii;
        }

        var name = address.DisplayName;
        var display = NeedsEncoding(name) ? EncodedWords(name)
            : "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return $"{display} <{ascii}>";
    }

    /// <summary>An unstructured header value: as it is when plain ASCII (folded at spaces), else RFC 2047 encoded-words.</summary>
    internal static string Unstructured(string value, int nameLength)
    {
        // A header is one logical line: a line break in the value would start a header of its own.
        var single = string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return NeedsEncoding(single) ? EncodedWords(single) : Fold(single, nameLength);
    }

    private static bool NeedsEncoding(string value) =>
        value.Any(c => c is < ' ' or > '~') || value.Contains("=?", StringComparison.Ordinal);

    private static string Fold(string value, int used)
    {
        var text = new StringBuilder();
        var lineLength = used;
        foreach (var word in value.Split(' '))
        {
            if (text.Length > 0)
            {
                if (lineLength + 1 + word.Length > 78)
                {
                    text.Append("\r\n");
                    lineLength = 0;
                }

                text.Append(' ');
                lineLength++;
            }

            text.Append(word);
            lineLength += word.Length;
        }

        return text.ToString();
    }

    /// <summary>Base64 encoded-words of whole characters, one per folded line.</summary>
    private static string EncodedWords(string value)
    {
        var words = new List<string>();
        var chunk = new StringBuilder();
        var chunkBytes = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (chunkBytes + rune.Utf8SequenceLength > EncodedWordBytes)
            {
                words.Add(EncodedWord(chunk.ToString()));
                chunk.Clear();
                chunkBytes = 0;
            }

            chunk.Append(rune.ToString());
            chunkBytes += rune.Utf8SequenceLength;
        }

        if (chunk.Length > 0)
        {
            words.Add(EncodedWord(chunk.ToString()));
        }

        return string.Join("\r\n ", words);
    }

    private static string EncodedWord(string text) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";

    /// <summary>
    /// RFC 2045 quoted-printable with CRLF line ends. Also encodes a full stop or "From " at the start
    /// of a line, which some mail software treats specially.
    /// </summary>
    internal static string QuotedPrintable(string body)
    {
        var text = new StringBuilder();
        foreach (var line in body.ReplaceLineEndings("\n").Split('\n'))
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            var lineLength = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                var atLineStart = lineLength == 0;
                var last = i == bytes.Length - 1;
                var literal = b switch
                {
                    (byte)' ' or (byte)'\t' => !last,
                    (byte)'=' => false,
                    (byte)'.' => !atLineStart,
                    (byte)'F' => !(i == 0 && line.StartsWith("From ", StringComparison.Ordinal)),
                    _ => b is >= 33 and <= 126,
                };
                var token = literal ? ((char)b).ToString() : $"={b:X2}";

                // Keep room for the "=" of a soft line break.
                if (lineLength + token.Length > QuotedPrintableLine - 1)
                {
                    text.Append("=\r\n");
                    lineLength = 0;
                    if (b == '.')
                    {
                        token = "=2E";
                    }
                }

                text.Append(token);
                lineLength += token.Length;
            }

            text.Append("\r\n");
        }

        return text.ToString();
    }
}
