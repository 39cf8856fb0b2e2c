using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Beacon.Core.Reporting.Pdf;

/// <summary>
/// The objects of a PDF 1.7 file and their serialisation: numbered objects, a cross-reference
/// table of byte offsets, and a trailer. Object bodies are written as given (ASCII); streams are
/// compressed with FlateDecode.
/// </summary>
internal sealed class PdfFile
{
    private readonly List<byte[]?> objects = [];

    /// <summary>Reserves an object number, so that objects can refer to each other before they are written.</summary>
    public int Reserve()
    {
        objects.Add(null);
        return objects.Count;
    }

    public void Set(int id, string body) => objects[id - 1] = Encoding.Latin1.GetBytes(body);

    public int Add(string body)
    {
        var id = Reserve();
        Set(id, body);
        return id;
    }

    /// <param name="dictionary">The stream's dictionary entries, without /Length and /Filter.</param>
    public void SetStream(int id, string dictionary, byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        var head = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"<< {dictionary}{(dictionary.Length > 0 ? " " : string.Empty)}/Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"));
        var tail = "\nendstream"u8;
        var body = new byte[head.Length + compressed.Length + tail.Length];
        head.CopyTo(body, 0);
        compressed.GetBuffer().AsSpan(0, (int)compressed.Length).CopyTo(body.AsSpan(head.Length));
        tail.CopyTo(body.AsSpan(head.Length + (int)compressed.Length));
        objects[id - 1] = body;
    }

    /// <summary>The whole file. The /ID is a digest of the body, so the same document gives the same bytes.</summary>
    public byte[] Write(int catalog, int info)
    {
        using var output = new MemoryStream();
        // The comment of bytes above 127 tells transfer tools that the file is binary.
        Ascii(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            var body = objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written.");
            offsets[i] = output.Position;
            Ascii(output, string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n"));
            output.Write(body);
            Ascii(output, "\nendobj\n");
        }

        var digest = Convert.ToHexString(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Length))[..16]);
        var xref = output.Position;
        var table = new StringBuilder(objects.Count * 20 + 64);
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{digest}> <{digest}>] >>\nstartxref\n{xref}\n%%EOF\n");
        Ascii(output, table.ToString());
        return output.ToArray();
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));

    /// <summary>A text string for dictionaries (titles, bookmarks, alternative text): UTF-16BE with its byte order mark, in hex.</summary>
    public static string TextString(string text)
    {
        var hex = new StringBuilder((text.Length * 4) + 6);
        hex.Append("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text))
        {
            hex.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return hex.Append('>').ToString();
    }

    /// <summary>An ASCII literal string ("(en-GB)"), with ( ) \\ escaped; anything else is written "?".</summary>
    public static string LiteralString(string text)
    {
        var literal = new StringBuilder(text.Length + 2).Append('(');
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
            {
                literal.Append('\\');
            }

            literal.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return literal.Append(')').ToString();
    }

    /// <summary>A PDF date: "D:20261122234500Z".</summary>
    public static string Date(DateTimeOffset time)
        => "(D:" + time.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z)";

    /// <summary>A number as PDF writes it: invariant, at most three decimals, no exponent.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 3);
        return (rounded == 0 ? 0 : rounded).ToString("0.###", CultureInfo.InvariantCulture);
    }
}
