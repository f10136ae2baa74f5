using System.IO.Hashing;
using Galeri.Incremental;
using Galeri.Output;
using NetVips;

namespace Galeri.Sharing;

/// <summary>
/// Icons drawn from the theme's <c>assets/img/favicon.svg</c>: <c>favicon.ico</c> (16, 32 and 48 px)
/// and <c>apple-touch-icon.png</c> (180 px, opaque) at the site root where browsers look for them, and
/// the web app manifest's 192 and 512 px icons. None when the theme has no favicon.svg.
/// </summary>
internal static class SiteIcons
{
    public const string Source = "img/favicon.svg";
    public const string Favicon = "favicon.ico";
    public const string AppleTouch = "apple-touch-icon.png";
    public const string Small = ShareImagePaths.Folder + "ikon-192.png";
    public const string Large = ShareImagePaths.Folder + "ikon-512.png";

    private static readonly int[] FaviconSizes = [16, 32, 48];

    public static bool Exist(string themeRoot) => File.Exists(Path.Combine(themeRoot, "assets", Source));

    public static IReadOnlyList<OutputFile> Files(string themeRoot, ShareImageMemo memo)
    {
        var path = Path.Combine(themeRoot, "assets", Source);
        if (!Exist(themeRoot)) return [];
        var svg = File.ReadAllBytes(path);
        var key = "icon\n" + XxHash128.HashToUInt128(svg).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            memo.Get(Favicon, key, () => Ico([.. FaviconSizes.Select(size => (size, Png(svg, size, opaque: false)))])),
            memo.Get(AppleTouch, key, () => Png(svg, 180, opaque: true)),
            memo.Get(Small, key, () => Png(svg, 192, opaque: false)),
            memo.Get(Large, key, () => Png(svg, 512, opaque: false)),
        ];
    }

    private static byte[] Png(byte[] svg, int size, bool opaque)
    {
        using var image = Image.ThumbnailBuffer(svg, size, height: size);
        // iOS draws a transparent corner black: the touch icon sits on the theme's colour instead.
        using var result = opaque ? image.Flatten(background: [15, 92, 110]) : image.Copy();
        return result.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None);
    }

    /// <summary>An ICO file holding PNG images (allowed since Windows Vista, read by every current browser).</summary>
    private static byte[] Ico(IReadOnlyList<(int Size, byte[] Png)> images)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((ushort)0);
        writer.Write((ushort)1);
        writer.Write((ushort)images.Count);
        var offset = 6 + 16 * images.Count;
        foreach (var (size, png) in images)
        {
            writer.Write((byte)(size >= 256 ? 0 : size));
            writer.Write((byte)(size >= 256 ? 0 : size));
            writer.Write((byte)0);
            writer.Write((byte)0);
            writer.Write((ushort)1);
            writer.Write((ushort)32);
            writer.Write(png.Length);
            writer.Write(offset);
            offset += png.Length;
        }
        foreach (var (_, png) in images) writer.Write(png);
        writer.Flush();
        return stream.ToArray();
    }
}
