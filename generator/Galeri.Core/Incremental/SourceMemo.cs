using System.Collections.Concurrent;
using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Incremental;

/// <summary>
/// The read phase, remembered. A file whose size and modification time have not changed since it
/// was last read is not read again; a file saved with the same text keeps its old object. The
/// same <see cref="SourceFile"/> object is what lets <see cref="ParseMemo"/> skip parsing it.
/// Under <c>galeri serve</c> the watcher says what changed: when that is only modifications of
/// files already read, the content folder is not even walked (<see cref="Unchanged"/>).
/// </summary>
/// <param name="keep">False in a one-build session: nothing is read again later, so no file (nor its text) is kept once parsed.</param>
internal sealed class SourceMemo(bool keep = true)
{
    private readonly ConcurrentDictionary<string, FileRead> _files = new(StringComparer.Ordinal);
    private (string Root, ContentFiles Files, HashSet<string> Known, bool Watched)? _last;

    // Paths a watcher reported since the last read; null when nobody is telling (then every read walks).
    private HashSet<string>? _pending;

    /// <summary>Whether the last <see cref="Read"/> walked the content folder (at 50,000 entries about 2 s) instead of reading only what the watcher reported.</summary>
    public bool Walked { get; private set; }

    /// <summary>
    /// <see cref="ContentReader.Read"/>, remembered: the last read with only the files a watcher reported
    /// read again (no walk), or a walk with each file read through <see cref="ReadFile"/>.
    /// </summary>
    public ContentFiles Read(string contentRoot, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(contentRoot);
        var previous = Unchanged(root);
        Walked = previous is null;
        var (files, messages) = DiagnosticBag.Collect(own => previous is not null
            ? Update(root, previous, own)
            : ContentReader.Locate(root, own).Read(path => ReadFile(root, path, own)));
        diagnostics.AddRange(messages);
        // Only a read without problems may be reused without walking: a broken file must be reported again.
        return Remember(root, files, clean: messages.Count == 0);
    }

    /// <summary>The last read with only the files a watcher reported as modified read again: no walk, no system call for the others.</summary>
    private ContentFiles Update(string root, ContentFiles previous, DiagnosticBag diagnostics)
    {
        SourceFile? Again(SourceFile? file) => file is not null && IsPending(file.FullPath) ? ReadFile(root, file.FullPath, diagnostics) : file;
        IReadOnlyList<SourceFile> AllAgain(IReadOnlyList<SourceFile> files) =>
            files.Any(f => IsPending(f.FullPath)) ? files.Select(Again).OfType<SourceFile>().ToList() : files;
        return previous with
        {
            Site = Again(previous.Site),
            Opds = Again(previous.Opds),
            Urusan = Again(previous.Urusan),
            Innovations = AllAgain(previous.Innovations),
            Visits = AllAgain(previous.Visits),
            Pages = AllAgain(previous.Pages),
            Synonyms = Again(previous.Synonyms),
        };
    }

    public SourceFile? ReadFile(string contentRoot, string fullPath, DiagnosticBag diagnostics)
    {
        // Nothing is kept for a later read in a one-build session: no size and time to look up or to store (50,000 calls fewer).
        if (!keep) return SourceFileReader.Read(contentRoot, fullPath, diagnostics);
        var info = new FileInfo(fullPath);
        var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, 0);
        _files.TryGetValue(fullPath, out var known);
        if (stamp.Item1 >= 0 && known is not null && known.Stamp == stamp)
        {
            diagnostics.AddRange(known.Diagnostics);
            return known.File;
        }
        var (file, messages) = DiagnosticBag.Collect(own => SourceFileReader.Read(contentRoot, fullPath, own));
        diagnostics.AddRange(messages);
        // Saved without a change (or changed back): the old object, so nothing downstream redoes work.
        if (file is not null && known?.File is { } old && old.Utf8().SequenceEqual(file.Utf8()) && old.DisplayPath == file.DisplayPath) file = old;
        if (stamp.Item1 >= 0 && keep) _files[fullPath] = new FileRead(stamp, file, messages);
        else _files.TryRemove(fullPath, out _);
        return file;
    }

    /// <summary>Files a watcher saw change: read again even if size and time look the same.</summary>
    public void Forget(IEnumerable<string> fullPaths)
    {
        var paths = fullPaths.Select(Path.GetFullPath).ToList();
        // Kept, but due to be read again: its old text still lets an unchanged save keep the old object.
        foreach (var path in paths)
            if (_files.TryGetValue(path, out var known)) _files[path] = known with { Stamp = (-2, 0) };
        lock (_files)
        {
            _pending ??= new HashSet<string>(StringComparer.Ordinal);
            _pending.UnionWith(paths);
        }
    }

    /// <summary>The watcher lost events (or there is none): the next read walks the whole folder.</summary>
    public void ForgetAll()
    {
        lock (_files) _pending = null;
        _last = null;
    }

    /// <summary>
    /// The last read of this folder, when it may be reused with only the pending files read again:
    /// it read cleanly, and every path reported since is a file it read that still exists, or one no
    /// walk would use (<see cref="Unseen"/>; a created, deleted or renamed content file, a folder or
    /// an image needs a walk). Null otherwise.
    /// </summary>
    public ContentFiles? Unchanged(string root)
    {
        lock (_files)
        {
            // Only a read made while a watcher was already telling: changes before it may be unknown.
            if (_last is not { } last || last.Root != root || !last.Watched || _pending is null) return null;
            var rootPrefix = root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            foreach (var path in _pending)
            {
                if (!path.StartsWith(rootPrefix, StringComparison.Ordinal)) continue; // the theme, handled elsewhere
                if (last.Known.Contains(path))
                {
                    if (!File.Exists(path) || UnderLink(rootPrefix, path)) return null;
                }
                else if (!Unseen(last.Files, last.Known, rootPrefix, path)) return null;
            }
            return last.Files;
        }
    }

    /// <summary>
    /// Whether a path the last read did not use is one that no walk would use now either: a file
    /// that came and went since (an editor's temporary file, saved by renaming it over the entry;
    /// vim's test and backup files), or a hidden or system file beside an entry (vim's swap file),
    /// which the bundle leaves out. Anything else (a new file or folder, a bundle file or a folder of
    /// known files removed, a link) needs a walk.
    /// </summary>
    private static bool Unseen(ContentFiles last, HashSet<string> known, string rootPrefix, string path)
    {
        var relative = path[rootPrefix.Length..].Replace(Path.DirectorySeparatorChar, '/');
        var inEntry = relative.StartsWith(ContentLayout.InnovationsFolder + "/", StringComparison.Ordinal)
            && relative.IndexOf('/', ContentLayout.InnovationsFolder.Length + 1) is var slash and > 0
            ? (Slug: relative[(ContentLayout.InnovationsFolder.Length + 1)..slash], Name: relative[(slash + 1)..])
            : ((string Slug, string Name)?)null;
        if (FileSystem.Links.IsLink(path)) return false;
        if (File.Exists(path))
            return inEntry is { } hidden && Entries.BundleFiles.IsIgnored(hidden.Name) && !UnderLink(rootPrefix, path);
        if (Directory.Exists(path)) return false;
        // Gone: unless it was a bundle file, or a folder holding files the last read knew.
        var folder = path + Path.DirectorySeparatorChar;
        if (known.Any(k => k.StartsWith(folder, StringComparison.Ordinal))) return false;
        return inEntry is not { } bundle || !last.BundleOf(bundle.Slug).Any(f => f == bundle.Name || f.StartsWith(bundle.Name + "/", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a folder between the content root and this file has become a symbolic link since the
    /// last walk: then the next read walks, and the walk refuses the link. (A link in place of the
    /// file itself is refused by <see cref="SourceFileReader"/>.) Only the few pending files are looked at.
    /// </summary>
    private static bool UnderLink(string rootPrefix, string path)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length >= rootPrefix.Length; folder = Path.GetDirectoryName(folder))
            if (FileSystem.Links.IsLink(folder)) return true;
        return false;
    }

    private bool IsPending(string fullPath)
    {
        lock (_files) return _pending?.Contains(fullPath) == true;
    }

    /// <summary>Keeps a read for the next build; only a read without problems may be reused without walking.</summary>
    private ContentFiles Remember(string root, ContentFiles files, bool clean)
    {
        lock (_files)
        {
            var known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in new[] { files.Site, files.Opds, files.Urusan, files.Synonyms }.OfType<SourceFile>().Concat(files.Innovations).Concat(files.Visits).Concat(files.Pages))
                known.Add(file.FullPath);
            _last = keep && clean && files.Site is not null && files.Opds is not null && files.Urusan is not null ? (root, files, known, _pending is not null) : null;
            if (_pending is not null) _pending = new HashSet<string>(StringComparer.Ordinal);
        }
        return files;
    }

    private sealed record FileRead((long Length, long Ticks) Stamp, SourceFile? File, IReadOnlyList<Diagnostic> Diagnostics);
}
