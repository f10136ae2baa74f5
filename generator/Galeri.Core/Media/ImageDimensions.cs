using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Galeri.Media;

/// <summary>
/// Reads an image's width and height from its header (PNG, GIF, JPEG, WebP) or root element (SVG),
/// so pages can reserve the space (<c>&lt;img width height&gt;</c>) and nothing jumps while loading.
/// Unknown or damaged files give null; the page then simply omits the size.
/// </summary>
internal static partial class ImageDimensions
{
    private const int HeaderBytes = 64 * 1024;

    public static (int Width, int Height)? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[(int)Math.Min(stream.Length, HeaderBytes)];
            stream.ReadExactly(buffer);
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".png" => Png(buffer),
                ".gif" => Gif(buffer),
                ".jpg" or ".jpeg" => Jpeg(buffer),
                ".webp" => WebP(buffer),
                ".svg" => Svg(System.Text.Encoding.UTF8.GetString(buffer)),
                _ => null,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static (int, int)? Png(ReadOnlySpan<byte> b) =>
        b.Length >= 24 && b[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            ? Positive(BinaryPrimitives.ReadInt32BigEndian(b[16..]), BinaryPrimitives.ReadInt32BigEndian(b[20..]))
            : null;

    private static (int, int)? Gif(ReadOnlySpan<byte> b) =>
        b.Length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F'
            ? Positive(BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]))
            : null;

    private static (int, int)? Jpeg(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            // Start-of-frame markers (baseline, progressive, ...) carry the size; 0xC4, 0xC8 and 0xCC do not.
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                return Positive(BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            i += 2 + length;
        }
        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> b)
    {
        if (b.Length < 30 || b[0] != 'R' || b[8] != 'W' || b[12] != 'V' || b[13] != 'P' || b[14] != '8') return null;
        return b[15] switch
        {
            (byte)' ' => Positive(BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF),
            (byte)'L' => Positive(1 + ((b[22] & 0x3F) << 8 | b[21]), 1 + ((b[24] & 0x0F) << 10 | b[23] << 2 | (b[22] & 0xC0) >> 6)),
            (byte)'X' => Positive(1 + (b[24] | b[25] << 8 | b[26] << 16), 1 + (b[27] | b[28] << 8 | b[29] << 16)),
            _ => null,
        };
    }

    private static (int, int)? Svg(string text)
    {
        var root = SvgRoot().Match(text);
        if (!root.Success) return null;
        var width = Length(Attribute(root.Value, "width"));
        var height = Length(Attribute(root.Value, "height"));
        if (width is not null && height is not null) return Positive(width.Value, height.Value);
        var viewBox = Attribute(root.Value, "viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return viewBox is { Length: 4 } && Length(viewBox[2]) is { } w && Length(viewBox[3]) is { } h ? Positive(w, h) : null;
    }

    private static string? Attribute(string element, string name)
    {
        var match = Regex.Match(element, $@"\s{name}\s*=\s*[""']([^""']*)[""']");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>"320", "320px" or "320.5" → 320; percentages and other units → null (no fixed size).</summary>
    private static int? Length(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.EndsWith("px", StringComparison.Ordinal)) trimmed = trimmed[..^2];
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? (int)Math.Round(number) : null;
    }

    private static (int, int)? Positive(int width, int height) => width > 0 && height > 0 ? (width, height) : null;

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();
}
