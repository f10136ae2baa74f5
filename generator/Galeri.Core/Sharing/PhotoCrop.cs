using NetVips;

namespace Galeri.Sharing;

/// <summary>
/// An entry photo as a 1200×630 share image: turned upright by its EXIF orientation, scaled to cover
/// and cropped around its most interesting part, every metadata block (EXIF, GPS, XMP, ICC) left out.
/// </summary>
internal static class PhotoCrop
{
    /// <returns>A JPEG, or null when the file cannot be read as an image.</returns>
    public static byte[]? Draw(string path)
    {
        try
        {
            using var image = Image.Thumbnail(path, ShareImagePaths.Width, height: ShareImagePaths.Height,
                size: Enums.Size.Both, crop: Enums.Interesting.Attention);
            using var opaque = image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : image.Copy();
            using var srgb = opaque.Colourspace(Enums.Interpretation.Srgb);
            return srgb.JpegsaveBuffer(q: 82, keep: Enums.ForeignKeep.None);
        }
        catch (VipsException)
        {
            return null;
        }
    }
}
