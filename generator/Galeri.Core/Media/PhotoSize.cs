namespace Galeri.Media;

/// <summary>
/// An image's width and height as a visitor sees it: for a photo (<see cref="PhotoFormats.IsResizable"/>)
/// with its EXIF orientation applied (a phone photo taken upright is stored 4000×3000 with orientation 6,
/// and shown 3000×4000), read from its header by libvips without decoding the pixels; for other
/// images from their header (<see cref="ImageDimensions"/>).
/// </summary>
internal static class PhotoSize
{
    /// <summary>Whether libvips can read the file's header as an image: what the build resizes it from.</summary>
    public static bool CanRead(string path)
    {
        try
        {
            using var image = NetVips.Image.NewFromFile(path, access: NetVips.Enums.Access.Sequential);
            return image.Width > 0 && image.Height > 0;
        }
        catch (NetVips.VipsException)
        {
            return false;
        }
    }

    public static (int Width, int Height)? Read(string path)
    {
        if (!PhotoFormats.IsResizable(path)) return ImageDimensions.Read(path);
        try
        {
            using var image = NetVips.Image.NewFromFile(path, access: NetVips.Enums.Access.Sequential);
            var orientation = image.Contains("orientation") ? (int)image.Get("orientation") : 1;
            return orientation is >= 5 and <= 8 ? (image.Height, image.Width) : (image.Width, image.Height);
        }
        catch (NetVips.VipsException)
        {
            return ImageDimensions.Read(path);
        }
    }
}
