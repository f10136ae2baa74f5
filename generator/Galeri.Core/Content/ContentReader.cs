using Galeri.Diagnostics;

namespace Galeri.Content;

/// <summary>The read phase: finds the content files by convention and reads them in parallel.</summary>
public static class ContentReader
{
    /// <param name="memo">Files read by an earlier build, reused when unchanged (serve, incremental builds).</param>
    public static ContentFiles Read(string contentRoot, DiagnosticBag diagnostics, Incremental.SourceMemo? memo = null)
    {
        var root = Path.GetFullPath(contentRoot);
        var (innovationPaths, bundles) = EntryFolders(root, diagnostics);
        var visitPaths = FilesIn(root, ContentLayout.VisitsFolder, "*.yml");
        var pagePaths = FilesIn(root, ContentLayout.PagesFolder, "*.md");

        SourceFile? ReadFile(string path) => memo is null ? SourceFileReader.Read(root, path, diagnostics) : memo.ReadFile(root, path, diagnostics);
        SourceFile? Required(string relative) => ReadFile(Path.Combine(root, relative));
        IReadOnlyList<SourceFile> ReadAll(IReadOnlyList<string> paths)
        {
            var files = new SourceFile?[paths.Count];
            Parallel.For(0, paths.Count, i => files[i] = ReadFile(paths[i]));
            return files.OfType<SourceFile>().ToList();
        }

        return new ContentFiles(
            root,
            Required(ContentLayout.SiteFile),
            Required(ContentLayout.OpdFile),
            Required(ContentLayout.UrusanFile),
            ReadAll(innovationPaths),
            ReadAll(visitPaths),
            ReadAll(pagePaths),
            bundles);
    }

    /// <summary>
    /// Walks <c>inovasi/</c> once: each entry folder's index.md and the other files beside it (its
    /// page bundle). One walk, because every directory listing is a costly system call on large catalogs.
    /// </summary>
    private static (IReadOnlyList<string> Entries, IReadOnlyDictionary<string, IReadOnlyList<string>> Bundles) EntryFolders(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, ContentLayout.InnovationsFolder);
        if (!Directory.Exists(folder)) return ([], new Dictionary<string, IReadOnlyList<string>>());
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var slash = relative.IndexOf('/');
            if (slash < 0) continue; // a stray file directly in inovasi/ belongs to no entry
            var slug = relative[..slash];
            if (!files.TryGetValue(slug, out var list)) files[slug] = list = [];
            list.Add(relative[(slash + 1)..]);
        }
        foreach (var directory in Directory.EnumerateDirectories(folder))
            files.TryAdd(Path.GetFileName(directory), []);

        var entries = new List<string>();
        var bundles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (slug, list) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var index = Path.Combine(folder, slug, ContentLayout.InnovationFile);
            if (!list.Remove(ContentLayout.InnovationFile))
            {
                diagnostics.Error(SourceFileReader.DisplayPath(index), SourcePosition.Start, "", "file-missing");
                continue;
            }
            entries.Add(index);
            bundles[slug] = list.Order(StringComparer.Ordinal).ToList();
        }
        return (entries, bundles);
    }

    private static IReadOnlyList<string> FilesIn(string root, string folder, string pattern)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
