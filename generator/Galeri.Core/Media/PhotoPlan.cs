using System.Globalization;

namespace Galeri.Media;

/// <summary>
/// What the build publishes of one photo, decided from its name and upright size alone (so pages can
/// name the files before they are made): a WebP and a JPEG at each width of <see cref="PhotoFormats.Widths"/>
/// not wider than the photo (and at the photo's own width when it is narrower than the largest), named after
/// the original (<c>foto-lapangan-960.webp</c>); and the original, cleaned of its metadata, under its own
/// name when it is at most <see cref="PhotoFormats.MaxOriginalWidth"/> wide.
/// </summary>
/// <param name="File">The photo's path in the entry folder, '/'-separated.</param>
/// <param name="Width">The photo's width when upright (its EXIF orientation applied).</param>
internal sealed record PhotoPlan(string File, int Width, int Height, IReadOnlyList<PhotoVariant> Variants, PhotoVariant? Original)
{
    public static PhotoPlan Of(string file, int width, int height)
    {
        var widths = PhotoFormats.Widths.Where(w => w <= width).ToList();
        if (width < PhotoFormats.Widths[^1] && !widths.Contains(width)) widths.Add(width);
        var stem = file[..^Path.GetExtension(file).Length];
        var variants = new List<PhotoVariant>();
        foreach (var w in widths)
        {
            var h = Math.Max(1, (int)Math.Round(height * (double)w / width, MidpointRounding.AwayFromZero));
            var name = stem + "-" + w.ToString(CultureInfo.InvariantCulture);
            variants.Add(new PhotoVariant(name + ".webp", w, h, "webp"));
            variants.Add(new PhotoVariant(name + ".jpg", w, h, "jpeg"));
        }
        var original = width <= PhotoFormats.MaxOriginalWidth ? new PhotoVariant(file, width, height, FormatOf(file)) : null;
        return new PhotoPlan(file, width, height, variants, original);
    }

    /// <summary>Every file published for the photo: the variants, then the cleaned original when it is published.</summary>
    public IEnumerable<PhotoVariant> Files => Original is null ? Variants : [.. Variants, Original];

    public IEnumerable<PhotoVariant> Jpegs => Variants.Where(v => v.Format == "jpeg");

    public IEnumerable<PhotoVariant> Webps => Variants.Where(v => v.Format == "webp");

    /// <summary>The JPEG a browser without srcset shows: the largest not wider than <see cref="PhotoFormats.FallbackWidth"/>.</summary>
    public PhotoVariant Fallback => Jpegs.LastOrDefault(v => v.Width <= PhotoFormats.FallbackWidth) ?? Jpegs.First();

    /// <summary>The largest JPEG: what the larger view shows and the no-script link opens.</summary>
    public PhotoVariant Largest => Jpegs.Last();

    private static string FormatOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".png" => "png",
        ".webp" => "webp",
        _ => "jpeg",
    };
}
