namespace Galeri.Media;

/// <summary>
/// The photos the build resizes (JPEG, PNG, WebP) and how: the widths it makes, the largest original
/// it still publishes, and the encoder settings. GIF (may be animated) and SVG (drawings) are published
/// as they are. Everything here is part of a resized image's cache key (<see cref="Settings"/>).
/// </summary>
internal static class PhotoFormats
{
    /// <summary>The widths made of every photo wide enough; a narrower photo also gets its own width, never a wider one.</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    /// <summary>A photo wider than this is published only as its resized variants, not at its own size.</summary>
    public const int MaxOriginalWidth = 2400;

    /// <summary>The variant a page's &lt;img src&gt; falls back to: the largest not wider than this.</summary>
    public const int FallbackWidth = 960;

    public const int WebpQuality = 80;
    public const int JpegQuality = 82;

    /// <summary>Changes whenever encoding changes, so cached variants are made again.</summary>
    public const string Settings = "foto-1 webp q80 jpeg q82 interlace srgb strip 480,960,1600 max2400";

    private static readonly string[] Resizable = [".jpg", ".jpeg", ".png", ".webp"];

    /// <summary>Whether the file (a name or path) is a photo the build resizes.</summary>
    public static bool IsResizable(string file) => Resizable.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);
}
