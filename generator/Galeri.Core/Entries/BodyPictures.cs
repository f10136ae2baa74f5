using Galeri.Media;

namespace Galeri.Entries;

/// <summary>
/// An entry body's images that are its own photos (<c>![alt](foto-lapangan.jpg)</c>, a file of its folder that
/// the build resizes) become a &lt;picture&gt; of the resized files, like the photos of <c>gambar</c>; every
/// other image stays as written. Only a relative path to a file the walk listed is looked at, so a body
/// cannot point the build at anything outside its folder.
/// </summary>
internal static class BodyPictures
{
    public static Func<string, string, string?> For(string bundleDirectory, IReadOnlyList<string> bundleFiles)
    {
        var files = bundleFiles.ToHashSet(StringComparer.Ordinal);
        return (url, alt) =>
        {
            if (FileOf(url) is not { } file || !files.Contains(file) || !PhotoFormats.IsResizable(file) || BundleFiles.IsIgnored(file)) return null;
            return PhotoSize.Read(Path.Combine(bundleDirectory, file)) is { } size ? PictureHtml.Write(PhotoPlan.Of(file, size.Width, size.Height), alt) : null;
        };
    }

    /// <summary>The bundle path a relative image address names ("foto/a%20b.jpg" → "foto/a b.jpg"), or null.</summary>
    private static string? FileOf(string url)
    {
        if (url.Length == 0 || url.Contains(':') || url.StartsWith('/') || url.StartsWith('\\') || url.IndexOfAny(['?', '#']) >= 0) return null;
        var path = Uri.UnescapeDataString(url).Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        return path.Split('/').Any(s => s is "" or "." or "..") ? null : path;
    }
}
