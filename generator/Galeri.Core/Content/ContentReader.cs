using Galeri.Diagnostics;

namespace Galeri.Content;

/// <summary>The read phase: finds the content files by convention (<see cref="Locate"/>) and reads them in parallel.</summary>
internal static class ContentReader
{
    /// <param name="include">Which entry, visit and page files to read, by full path (<c>galeri check PATH</c>); all when null.</param>
    public static ContentFiles Read(string contentRoot, DiagnosticBag diagnostics, Func<string, bool>? include = null)
    {
        var root = Path.GetFullPath(contentRoot);
        return Locate(root, diagnostics, include).Read(path => SourceFileReader.Read(root, path, diagnostics));
    }

    /// <summary>Which files the content is made of, from one walk of the folder that never follows a link (see <see cref="ContentTree"/>).</summary>
    /// <param name="root">The content folder's full path.</param>
    /// <param name="include">Which entry, visit and page files to take, by full path; all when null (the other entry folders are not walked).</param>
    public static ContentPaths Locate(string root, DiagnosticBag diagnostics, Func<string, bool>? include = null)
    {
        var tree = ContentTree.Walk(root, diagnostics, include is null ? null : folder => !IsEntryFolder(folder) || include(Path.Combine(root, folder, ContentLayout.InnovationFile)));
        IReadOnlyList<string> Taken(IReadOnlyList<string> paths) => include is null ? paths : [.. paths.Where(include)];
        var (innovationPaths, bundles, fileStamps) = EntryFolders(root, tree, diagnostics);
        // A required file that is a link (or lies in an unreadable folder) is already reported: not "missing" too.
        string? Required(string relative) => Refused(tree, relative) ? null : Path.Combine(root, relative);
        return new ContentPaths(
            root,
            Required(ContentLayout.SiteFile),
            Required(ContentLayout.OpdFile),
            Required(ContentLayout.UrusanFile),
            Taken(innovationPaths),
            Taken(FilesIn(root, tree, ContentLayout.VisitsFolder, ".yml")),
            Taken(FilesIn(root, tree, ContentLayout.PagesFolder, ".md")),
            bundles,
            fileStamps,
            tree.Files.Any(f => f.Path == ContentLayout.SynonymFile) ? Required(ContentLayout.SynonymFile) : null);
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

    private static bool IsEntryFolder(string relative) =>
        relative.StartsWith(ContentLayout.InnovationsFolder + "/", StringComparison.Ordinal) && relative.IndexOf('/', ContentLayout.InnovationsFolder.Length + 1) < 0;

    /// <summary>Whether the walk already reported this path, or a folder above it, as a link or unreadable.</summary>
    private static bool Refused(ContentTree tree, string relative)
    {
        if (tree.Refused.Count == 0) return false;
        for (var path = relative; path.Length > 0; path = path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "")
            if (tree.Refused.Contains(path)) return true;
        return tree.Refused.Contains("");
    }
}
