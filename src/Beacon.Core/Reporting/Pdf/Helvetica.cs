using System.Text;

namespace Beacon.Core.Reporting.Pdf;

/// <summary>
/// Helvetica and Helvetica-Bold (two of the PDF standard 14 fonts, which every reader has, so no font
/// files) in WinAnsiEncoding: the byte each character is written as, and its advance width for
/// measuring and wrapping. The widths are those of Adobe's core 14 font metrics (AFM) files.
/// </summary>
internal static class Helvetica
{
    private const int First = 32;

    // Advance widths in 1/1000 em for WinAnsi codes 32 to 255 (0 where the code has no glyph).
    private static readonly short[] RegularWidths =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
        556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
        0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
    ];

    private static readonly short[] BoldWidths =
    [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
        556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
        0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
        278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
        400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
        556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
        611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
    ];

    /// <summary>The width of <paramref name="text"/> in points at <paramref name="size"/>.</summary>
    public static double Measure(string text, double size, bool bold = false)
    {
        var widths = bold ? BoldWidths : RegularWidths;
        var units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += widths[Encode(rune) - First];
        }

        return units * size / 1000d;
    }

    /// <summary>The text as WinAnsi (Windows-1252) bytes; anything outside it is written "?", control characters as a space.</summary>
    public static byte[] ToWinAnsi(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            bytes.Add(Encode(rune));
        }

        return [.. bytes];
    }

    internal static byte Encode(Rune rune)
    {
        var c = rune.Value;
        return c switch
        {
            < 32 => (byte)' ',
            < 127 => (byte)c,
            >= 0xA0 and <= 0xFF => (byte)c,
            0x20AC => 128,
            0x201A => 130,
            0x0192 => 131,
            0x201E => 132,
            0x2026 => 133,
            0x2020 => 134,
            0x2021 => 135,
            0x02C6 => 136,
            0x2030 => 137,
            0x0160 => 138,
            0x2039 => 139,
            0x0152 => 140,
            0x017D => 142,
            0x2018 => 145,
            0x2019 => 146,
            0x201C => 147,
            0x201D => 148,
            0x2022 => 149,
            0x2013 => 150,
            0x2014 => 151,
            0x02DC => 152,
            0x2122 => 153,
            0x0161 => 154,
            0x203A => 155,
            0x0153 => 156,
            0x017E => 158,
            0x0178 => 159,
            _ => (byte)'?',
        };
    }
}
