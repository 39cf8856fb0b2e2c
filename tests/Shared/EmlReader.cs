using System.Text;
using System.Text.RegularExpressions;

namespace Beacon.Tests.Shared;

/// <summary>An .eml message read back, as a mail client would: headers unfolded and decoded, body decoded.</summary>
internal sealed record Eml(IReadOnlyList<(string Name, string Value)> Headers, string RawHeaders, string RawBody, string Body)
{
    public string Header(string name) => Headers.Single(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public string Subject => EmlReader.DecodeWords(Header("Subject"));
}

internal static partial class EmlReader
{
    public static Eml Parse(string message)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var rawHeaders = message[..split];
        var rawBody = message[(split + 4)..];
        var unfolded = rawHeaders.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", "\t", StringComparison.Ordinal);
        var headers = unfolded.Split("\r\n").Select(l =>
        {
            var colon = l.IndexOf(':', StringComparison.Ordinal);
            return (l[..colon], l[(colon + 1)..].TrimStart());
        }).ToList();
        return new Eml(headers, rawHeaders, rawBody, DecodeQuotedPrintable(rawBody));
    }

    /// <summary>RFC 2047: the space between two encoded-words is not part of the text.</summary>
    public static string DecodeWords(string value)
    {
        var joined = BetweenWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));
    }

    public static string DecodeQuotedPrintable(string body)
    {
        var text = body.Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"=\?utf-8\?B\?([A-Za-z0-9+/=]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
