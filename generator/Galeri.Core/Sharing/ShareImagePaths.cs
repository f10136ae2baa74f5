namespace Galeri.Sharing;

/// <summary>
/// Where share images go: one per entry (its first raster photo cropped, else a drawn card) and one
/// for every other page. Decided from the entry's image list alone, so a page's model says which image it shows.
/// </summary>
internal static class ShareImagePaths
{
    public const string Folder = "assets/bagikan/";
    public const string Site = Folder + "situs.png";
    public const int Width = 1200;
    public const int Height = 630;

    private static readonly string[] RasterExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif"];

    /// <summary>Whether the file (a name or a site path) is a raster image a share image can be cropped from (not SVG).</summary>
    public static bool IsRaster(string file) => RasterExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    /// <summary>The entry's share image: a JPEG crop of its first raster image, or a PNG card when it has none.</summary>
    public static string ForEntry(string slug, bool hasPhoto) => Folder + slug + (hasPhoto ? ".jpg" : ".png");
}
