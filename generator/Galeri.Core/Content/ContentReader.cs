using Galeri.Diagnostics;

namespace Galeri.Content;

/// <summary>The read phase: finds the content files by convention and reads them in parallel.</summary>
public static class ContentReader
{
    public static ContentFiles Read(string contentRoot, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(contentRoot);
        var innovationPaths = EntryFolders(root, diagnostics);
        var visitPaths = FilesIn(root, ContentLayout.VisitsFolder, "*.yml");
        var pagePaths = FilesIn(root, ContentLayout.PagesFolder, "*.md");

        SourceFile? Required(string relative) => SourceFileReader.Read(root, Path.Combine(root, relative), diagnostics);
        IReadOnlyList<SourceFile> ReadAll(IReadOnlyList<string> paths)
        {
            var files = new SourceFile?[paths.Count];
            Parallel.For(0, paths.Count, i => files[i] = SourceFileReader.Read(root, paths[i], diagnostics));
            return files.OfType<SourceFile>().ToList();
        }

        return new ContentFiles(
            root,
            Required(ContentLayout.SiteFile),
            Required(ContentLayout.OpdFile),
            Required(ContentLayout.UrusanFile),
            ReadAll(innovationPaths),
            ReadAll(visitPaths),
            ReadAll(pagePaths));
    }

    private static IReadOnlyList<string> EntryFolders(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, ContentLayout.InnovationsFolder);
        if (!Directory.Exists(folder)) return [];
        var result = new List<string>();
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var index = Path.Combine(directory, ContentLayout.InnovationFile);
            if (File.Exists(index)) result.Add(index);
            else diagnostics.Error(SourceFileReader.DisplayPath(index), SourcePosition.Start, "", "file-missing");
        }
        return result;
    }

    private static IReadOnlyList<string> FilesIn(string root, string folder, string pattern)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
