using NetVips;

namespace Galeri.Media;

/// <summary>
/// Makes a photo's published files (<see cref="PhotoPlan"/>) with libvips (NetVips, already used for the
/// share images: it decodes a 4000×3000 JPEG already shrunk and streams, so a phone photo costs little memory
/// and time). Each file is turned upright by the EXIF orientation, converted to sRGB when the photo
/// carries another colour profile, and saved with no metadata at all: no EXIF (and so no GPS position
/// of the phone), XMP, IPTC or ICC profile, which sRGB, the web's default, does not need.
/// </summary>
internal static class PhotoEncoder
{
    /// <summary>The encoded files, in <see cref="PhotoPlan.Files"/> order.</summary>
    /// <exception cref="VipsException">The file cannot be read as an image.</exception>
    public static IReadOnlyList<byte[]> Encode(string path, PhotoPlan plan)
    {
        var largest = plan.Files.Max(v => v.Width);
        // One decode at the largest size needed; smaller sizes are made from it.
        using var upright = Image.Thumbnail(path, largest, height: 1_000_000, outputProfile: "srgb");
        using var converted = upright.Interpretation == Enums.Interpretation.Srgb || upright.Interpretation == Enums.Interpretation.Bw
            ? upright.Copy() : upright.Colourspace(Enums.Interpretation.Srgb);
        // Decoded once into memory (at most 2400 px wide): the file is read sequentially, so it cannot be read again per size.
        using var srgb = converted.CopyMemory();
        var files = new List<byte[]>();
        foreach (var variant in plan.Files)
        {
            using var sized = srgb.Width == variant.Width && srgb.Height == variant.Height
                ? srgb.Copy()
                : srgb.ThumbnailImage(variant.Width, height: variant.Height, size: Enums.Size.Force);
            files.Add(Save(sized, variant.Format));
        }
        return files;
    }

    private static byte[] Save(Image image, string format)
    {
        switch (format)
        {
            case "webp":
                return image.WebpsaveBuffer(q: PhotoFormats.WebpQuality, keep: Enums.ForeignKeep.None);
            case "png":
                return image.PngsaveBuffer(keep: Enums.ForeignKeep.None);
            default:
                // JPEG has no transparency: a PNG or WebP with alpha is laid on white.
                using (var opaque = image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : image.Copy())
                    return opaque.JpegsaveBuffer(q: PhotoFormats.JpegQuality, interlace: true, optimizeCoding: true, keep: Enums.ForeignKeep.None);
        }
    }
}
