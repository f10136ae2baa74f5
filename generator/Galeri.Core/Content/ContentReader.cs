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
        // One walk of the whole folder, never following a link: see ContentTree.
        var tree = ContentTree.Walk(root, diagnostics);
        var (innovationPaths, bundles, fileStamps) = EntryFolders(root, tree, diagnostics);
        var visitPaths = FilesIn(root, tree, ContentLayout.VisitsFolder, ".yml");
        var pagePaths = FilesIn(root, tree, ContentLayout.PagesFolder, ".md");

        SourceFile? ReadFile(string path) => memo is null ? SourceFileReader.Read(root, path, diagnostics) : memo.ReadFile(root, path, diagnostics);
        // A required file that is a link (or lies in an unreadable folder) is already reported: not "missing" too.
        SourceFile? Required(string relative) => Refused(tree, relative) ? null : ReadFile(Path.Combine(root, relative));
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
            BundleFileTimes = fileStamps,
            Synonyms = tree.Files.Any(f => f.Path == ContentLayout.SynonymFile) ? Required(ContentLayout.SynonymFile) : null,
        };
    }

    /// <summary>
    /// Each entry folder under <c>inovasi/</c>: its index.md and the other files beside it (its page
    /// bundle), from the one walk. Hidden files and the system's own (Thumbs.db) are left out of the
    /// bundle: never published, never checked (see <see cref="Entries.BundleFiles.IsIgnored"/>).
    /// </summary>
    private static (IReadOnlyList<string> Entries, IReadOnlyDictionary<string, IReadOnlyList<string>> Bundles,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, FileTime>> FileStamps)
        EntryFolders(string root, ContentTree tree, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, ContentLayout.InnovationsFolder);
        var prefix = ContentLayout.InnovationsFolder + "/";
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var fileStamps = new Dictionary<string, Dictionary<string, FileTime>>(StringComparer.Ordinal);
        // An entry folder that is a link (already reported) still names an entry: visits and unggulan
        // that point at it are not reported too (one mistake, one message).
        foreach (var folderPath in tree.Folders.Concat(tree.Refused))
        {
            if (folderPath.StartsWith(prefix, StringComparison.Ordinal) && folderPath.IndexOf('/', prefix.Length) < 0)
                files.TryAdd(folderPath[prefix.Length..], []);
        }
        // Size and time of each bundle file come with the walk: a replaced image changes its entry's page.
        foreach (var (path, length, ticks) in tree.Files)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var relative = path[prefix.Length..];
            var slash = relative.IndexOf('/');
            if (slash < 0) continue; // a stray file directly in inovasi/ belongs to no entry
            var slug = relative[..slash];
            var name = relative[(slash + 1)..];
            if (Entries.BundleFiles.IsIgnored(name)) continue;
            files[slug].Add(name);
            if (name == ContentLayout.InnovationFile) continue;
            if (!fileStamps.TryGetValue(slug, out var times)) fileStamps[slug] = times = new Dictionary<string, FileTime>(StringComparer.Ordinal);
            times[name] = new FileTime(length, ticks);
        }

        var entries = new List<string>();
        var bundles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (slug, list) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var index = Path.Combine(folder, slug, ContentLayout.InnovationFile);
            if (!list.Remove(ContentLayout.InnovationFile))
            {
                if (Refused(tree, prefix + slug + "/" + ContentLayout.InnovationFile)) bundles[slug] = [];
                else diagnostics.Error(SourceFileReader.DisplayPath(index), SourcePosition.Start, "", "file-missing");
                continue;
            }
            entries.Add(index);
            bundles[slug] = list.Order(StringComparer.Ordinal).ToList();
        }
        return (entries, bundles, fileStamps.ToDictionary(f => f.Key, IReadOnlyDictionary<string, FileTime> (f) => f.Value, StringComparer.Ordinal));
    }

    /// <summary>The files directly in <paramref name="folder"/> whose name ends with <paramref name="extension"/>, in ordinal order.</summary>
    private static IReadOnlyList<string> FilesIn(string root, ContentTree tree, string folder, string extension)
    {
        var prefix = folder + "/";
        return tree.Files
            .Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Path.IndexOf('/', prefix.Length) < 0
                        && f.Path.EndsWith(extension, StringComparison.Ordinal))
            .Select(f => Path.Combine(root, f.Path))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether the walk already reported this path, or a folder above it, as a link or unreadable.</summary>
    private static bool Refused(ContentTree tree, string relative)
    {
        if (tree.Refused.Count == 0) return false;
        for (var path = relative; path.Length > 0; path = path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "")
            if (tree.Refused.Contains(path)) return true;
        return tree.Refused.Contains("");
    }
}
