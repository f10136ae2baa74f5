using System.IO.Enumeration;

namespace Galeri.Output;

/// <summary>
/// Every name under an output folder — files, folders, links, anything — without ever following a
/// symbolic link: a link is reported as <see cref="EntryKind.Other"/> and not entered, so nothing
/// outside the folder is seen (and therefore nothing outside is ever removed or overwritten).
/// </summary>
internal static class OutputWalk
{
    /// <returns>Paths relative to <paramref name="root"/>; an unreadable folder throws.</returns>
    public static List<OutputEntry> Scan(string root)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var entries = new List<OutputEntry>();
        using var walk = new NoLinkEnumerator(root);
        while (walk.MoveNext())
            if (walk.Current.Path.Length > 0) entries.Add(walk.Current);
        return entries;
    }

    internal static OutputEntry Describe(string root, ref FileSystemEntry e)
    {
        // The relative path straight from the entry's own parts: one string per name, at 26,000 names.
        var relative = e.Directory.Length > root.Length
            ? string.Concat(e.Directory[(root.Length + 1)..], "/", e.FileName)
            : e.FileName.ToString();
        if (Path.DirectorySeparatorChar != '/') relative = relative.Replace(Path.DirectorySeparatorChar, '/');
        // A real folder is known from the listing itself: no extra system call for the thousands of page folders.
        if (e.IsDirectory && !FileSystem.Links.IsLink(ref e)) return new OutputEntry(relative, EntryKind.Directory, 0, 0, 0, 0);
        var full = e.ToFullPath();
        if (FileStatus.Available)
            return FileStatus.TryGet(full, relative, out var entry) ? entry : new OutputEntry("", EntryKind.Other, 0, 0, 0, 0);
        return new OutputEntry(relative, FileSystem.Links.IsLink(ref e) ? EntryKind.Other : EntryKind.File, e.Length, e.LastWriteTimeUtc.UtcTicks, 0, 0);
    }
}
