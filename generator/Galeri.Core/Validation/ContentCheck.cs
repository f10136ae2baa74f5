using Galeri.Build;
using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Validation;

/// <summary>
/// <c>galeri check</c>: every problem in a content folder, or in some of its files, found by reading,
/// parsing and validating without building; sorted by file, line and column.
/// </summary>
public static class ContentCheck
{
    /// <param name="selection">Files or folders inside <paramref name="contentDirectory"/> to check (with the lists they need); empty for all.</param>
    public static IReadOnlyList<Diagnostic> Run(string contentDirectory, IReadOnlyList<string> selection)
    {
        var bag = new DiagnosticBag();
        if (selection.Count == 0) SiteBuilder.Check(contentDirectory, null, bag);
        else SelectedCheck.Run(contentDirectory, selection, bag);
        return bag.Sorted();
    }

    /// <returns>The content folder <paramref name="path"/> belongs to: the nearest folder at or above it that holds site.yml, or null.</returns>
    public static string? ContentRootOf(string path)
    {
        var full = Path.GetFullPath(path);
        for (var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
            if (File.Exists(Path.Combine(folder, ContentLayout.SiteFile))) return folder;
        return null;
    }
}
