using Galeri.Diagnostics;

namespace Galeri.Content;

/// <summary>The read phase: finds the content files by convention and reads them in parallel.</summary>
public static class ContentReader
{
    /// <param name="memo">Files read by an earlier build, reused when unchanged (serve, incremental builds).</param>
    public static ContentFiles Read(string contentRoot, DiagnosticBag diagnostics, Incremental.SourceMemo? memo = null)
    {
        var root = Path.GetFullPath(contentRoot);
        var (files, messages) = DiagnosticBag.Collect(own => memo?.Unchanged(root) is { } previous
            ? Update(root, previous, memo, own)
            : Walk(root, own, memo));
        diagnostics.AddRange(messages);
        // Only a read without problems may be reused without walking: a broken file must be reported again.
        return memo is null ? files : memo.Remember(root, files, clean: messages.Count == 0);
    }

    /// <summary>
    /// The last read with only the files a watcher reported as modified read again: no walk, no
    /// system call for the others (see <see cref="Incremental.SourceMemo.Unchanged"/>).
    /// </summary>
    private static ContentFiles Update(string root, ContentFiles previous, Incremental.SourceMemo memo, DiagnosticBag diagnostics)
    {
        SourceFile? Again(SourceFile? file) => file is not null && memo.IsPending(file.FullPath) ? memo.ReadFile(root, file.FullPath, diagnostics) : file;
        IReadOnlyList<SourceFile> AllAgain(IReadOnlyList<SourceFile> files) =>
            files.Any(f => memo.IsPending(f.FullPath)) ? files.Select(Again).OfType<SourceFile>().ToList() : files;
        return previous with
        {
            Site = Again(previous.Site),
            Opds = Again(previous.Opds),
            Urusan = Again(previous.Urusan),
            Innovations = AllAgain(previous.Innovations),
            Visits = AllAgain(previous.Visits),
            Pages = AllAgain(previous.Pages),
        };
    }

    private static ContentFiles Walk(string root, DiagnosticBag diagnostics, Incremental.SourceMemo? memo)
    {
        var (innovationPaths, bundles, stamps) = EntryFolders(root, diagnostics);
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
            bundles)
        {
            BundleStamps = stamps,
        };
    }

    /// <summary>
    /// Walks <c>inovasi/</c> once: each entry folder's index.md and the other files beside it (its
    /// page bundle). One walk, because every directory listing is a costly system call on large catalogs.
    /// </summary>
    private static (IReadOnlyList<string> Entries, IReadOnlyDictionary<string, IReadOnlyList<string>> Bundles, IReadOnlyDictionary<string, string> Stamps)
        EntryFolders(string root, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, ContentLayout.InnovationsFolder);
        if (!Directory.Exists(folder)) return ([], new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string>());
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, System.Text.StringBuilder>(StringComparer.Ordinal);
        // Size and time of each bundle file come with the walk: a replaced image changes its entry's page.
        foreach (var (relative, length, ticks) in FileSystem.FolderWalk.Files(folder))
        {
            var slash = relative.IndexOf('/');
            if (slash < 0) continue; // a stray file directly in inovasi/ belongs to no entry
            var slug = relative[..slash];
            if (!files.TryGetValue(slug, out var list)) files[slug] = list = [];
            var name = relative[(slash + 1)..];
            list.Add(name);
            if (name == ContentLayout.InnovationFile) continue;
            if (!stamps.TryGetValue(slug, out var stamp)) stamps[slug] = stamp = new System.Text.StringBuilder();
            stamp.Append(name).Append(' ').Append(length).Append(' ').Append(ticks).Append('\n');
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
        return (entries, bundles, stamps.ToDictionary(s => s.Key, s => s.Value.ToString(), StringComparer.Ordinal));
    }

    private static IReadOnlyList<string> FilesIn(string root, string folder, string pattern)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
