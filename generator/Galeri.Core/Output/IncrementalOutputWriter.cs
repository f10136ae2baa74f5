namespace Galeri.Output;

/// <summary>
/// Writes the site into the output folder, touching only what changed since the last build (known
/// from its <see cref="OutputManifest"/>): the <see cref="SpareTree"/> beside the output is brought
/// up to the new site and exchanged with the output folder in one step. So the output is at every
/// moment exactly the old site or exactly the new one — after a failure (disk full), a kill -9, or
/// a power cut — and nothing temporary is ever inside it.
/// <para>
/// The output is walked without following links, and compared with the manifest: a file changed by
/// hand (size, time or inode change time differ) is written again, and anything galeri did not
/// write — files, empty folders, symbolic links, a folder where a page belongs — has no place in
/// the new tree, so the folder always equals a clean build. Links are never followed: nothing
/// outside the output is read through them, written or removed.
/// </para>
/// </summary>
internal static class IncrementalOutputWriter
{
    /// <param name="previous">The manifest of the folder's last build, or null.</param>
    /// <returns>The folder's new manifest, and how many files were written.</returns>
    public static (OutputManifest Manifest, int Written) Write(string outputDirectory, IReadOnlyList<OutputFile> files, OutputManifest? previous)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        OutputMarker.EnsureReplaceable(target);
        OutputPlaces.RemoveLeftovers(target);
        List<OutputFile> site = [.. files, OutputMarker.Marker];
        var contents = new UInt128[site.Count];
        ParallelWrite.ForEach(Enumerable.Range(0, site.Count), i => contents[i] = OutputManifest.ContentOf(site[i]));

        var exists = Directory.Exists(target);
        var front = exists ? OutputWalk.Scan(target) : [];
        var intact = previous?.Verify(front) ?? [];
        var shape = OutputShape.Of(site.Select(f => f.Path));
        var changed = new bool[site.Count];
        for (var i = 0; i < site.Count; i++)
            changed[i] = !intact.TryGetValue(site[i].Path, out var found) || found.Stamp.Content != contents[i];
        var written = changed.Take(files.Count).Count(c => c);
        var stray = front.Any(e => !shape.Fits(e));
        if (exists && !changed.Contains(true) && !stray)
            return (new OutputManifest(site.ToDictionary(f => f.Path, f => intact[f.Path].Stamp, StringComparer.Ordinal)), 0);

        var spare = SpareTree.Open(target, shape);
        var made = spare.Update(target, site, changed, intact, shape);
        var stamps = new Dictionary<string, FileStamp>(site.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Count; i++)
            stamps[site[i].Path] = made[i] ? StampOf(Path.Combine(spare.Root, site[i].Path), contents[i]) : intact[site[i].Path].Stamp;
        Swap(spare.Root, target, exists);
        if (exists) SpareTree.Adopt(target, front, shape);
        return (new OutputManifest(stamps), written);
    }

    /// <summary>Size and times of a file just made (after every link to it was made: a link changes the inode's change time).</summary>
    private static FileStamp StampOf(string path, UInt128 content)
    {
        if (FileStatus.Available && FileStatus.TryGet(path, "", out var entry)) return new FileStamp(content, entry.Length, entry.Ticks, entry.Changed);
        var info = new FileInfo(path);
        return new FileStamp(content, info.Length, info.LastWriteTimeUtc.Ticks, 0);
    }

    private static void Swap(string spare, string target, bool exists)
    {
        if (!exists)
        {
            Directory.Move(spare, target);
            return;
        }
        if (LinuxCalls.TryExchange(spare, target)) return;
        // No exchange here (other platform, file system without it): three renames, with a short moment
        // without an output folder. The name aside is one the next build recognises as a leftover.
        var aside = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.Move(target, aside);
        Directory.Move(spare, target);
        Directory.Move(aside, spare);
    }
}
