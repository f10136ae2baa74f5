using Galeri.Entries;
using Galeri.Media;

namespace Galeri.Rendering;

/// <summary>How an entry's image is shown: a photo by its resized files (<see cref="PhotoPlan"/>), any other image as it is.</summary>
internal static class ImageViews
{
    /// <param name="size">The image's width and height as shown (<see cref="SiteModel.BundleImageSize"/>), when known.</param>
    public static ImageView Of(string slug, string file, string alt, (int Width, int Height)? size)
    {
        var url = BundleFiles.SitePath(slug, file.Replace('\\', '/'));
        if (!PhotoFormats.IsResizable(file) || size is not { } s)
            return new ImageView(url, alt, size?.Width, size?.Height) { Large = url };
        var plan = PhotoPlan.Of(file.Replace('\\', '/'), s.Width, s.Height);
        SourceView Source(PhotoVariant v) => new(BundleFiles.SitePath(slug, v.File), v.Width);
        var fallback = plan.Fallback;
        return new ImageView(Source(fallback).Url, alt, fallback.Width, fallback.Height)
        {
            Webp = [.. plan.Webps.Select(Source)],
            Jpeg = [.. plan.Jpegs.Select(Source)],
            Large = Source(plan.Largest).Url,
        };
    }
}
