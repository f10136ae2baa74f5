using Galeri.Content;

namespace Galeri.Cli;

/// <summary>Which content folder the files given to <c>galeri check PATH...</c> belong to.</summary>
public static class CheckedFiles
{
    /// <returns>The nearest folder at or above <paramref name="path"/> that holds site.yml, or null.</returns>
    public static string? ContentRootOf(string path)
    {
        var full = Path.GetFullPath(path);
        for (var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, ContentLayout.SiteFile))) return folder;
        return null;
    }
}
