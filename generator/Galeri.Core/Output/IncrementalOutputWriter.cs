namespace Galeri.Output;

/// <summary>
/// Writes only what changed since the last build (known from its <see cref="OutputManifest"/>).
/// Changed and new files are first written beside their place under temporary names; only when all
/// of them are on disk are they renamed into place, and files the site no longer has are removed.
/// A failure while writing (disk full) therefore leaves the output as it was. When most of the
/// site changed, or there is no usable manifest, the whole site goes through
/// <see cref="AtomicOutputWriter"/> (a fresh folder swapped in) instead.
/// </summary>
public static class IncrementalOutputWriter
{
    private const string PendingSuffix = ".galeri-baru";

    /// <param name="previous">The manifest of the folder's last build, or null.</param>
    /// <returns>The folder's new manifest, and how many files were written.</returns>
    public static (OutputManifest Manifest, int Written) Write(string outputDirectory, IReadOnlyList<OutputFile> files, OutputManifest? previous)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        AtomicOutputWriter.EnsureReplaceable(target);
        var contents = new UInt128[files.Count];
        Parallel.For(0, files.Count, i => contents[i] = OutputManifest.ContentOf(files[i]));

        if (previous is null || previous.Files.Count == 0 || !Directory.Exists(target))
            return WriteWhole(target, files, contents);
        var (intact, others) = previous.Verify(target);
        var wanted = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        var changed = Enumerable.Range(0, files.Count)
            .Where(i => !intact.TryGetValue(files[i].Path, out var stamp) || stamp.Content != contents[i])
            .ToList();
        var removed = intact.Keys.Concat(others)
            .Where(p => !wanted.Contains(p) && p != AtomicOutputWriter.MarkerFile)
            .ToList();
        if (changed.Count > files.Count / 2)
            return WriteWhole(target, files, contents);

        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        foreach (var file in files)
            if (intact.TryGetValue(file.Path, out var stamp)) stamps[file.Path] = stamp;
        if (changed.Count == 0 && removed.Count == 0) return (new OutputManifest(stamps), 0);

        Stage(target, files, changed);
        foreach (var i in changed)
        {
            var destination = Path.Combine(target, files[i].Path);
            File.Move(destination + PendingSuffix, destination, overwrite: true);
            var info = new FileInfo(destination);
            stamps[files[i].Path] = new FileStamp(contents[i], info.Length, info.LastWriteTimeUtc.Ticks);
        }
        foreach (var path in removed) RemoveWithEmptyFolders(target, path);
        return (new OutputManifest(stamps), changed.Count);
    }

    /// <summary>Writes every changed file under its temporary name; on any failure removes them, and the folders made for them, again.</summary>
    private static void Stage(string target, IReadOnlyList<OutputFile> files, List<int> changed)
    {
        var created = new List<string>();
        try
        {
            foreach (var directory in changed.Select(i => Path.GetDirectoryName(files[i].Path)).Distinct())
            {
                // Remember each folder made here (parents first), to take it away again on failure.
                var parts = (directory ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
                for (var depth = 1; depth <= parts.Length; depth++)
                {
                    var folder = Path.Combine([target, .. parts[..depth]]);
                    if (Directory.Exists(folder)) continue;
                    Directory.CreateDirectory(folder);
                    created.Add(folder);
                }
            }
            Parallel.ForEach(changed, i =>
            {
                var pending = Path.Combine(target, files[i].Path) + PendingSuffix;
                if (files[i].Bytes is { } bytes) File.WriteAllBytes(pending, bytes);
                else File.Copy(files[i].CopyFrom!, pending, overwrite: true);
            });
        }
        catch
        {
            foreach (var i in changed)
            {
                try
                {
                    File.Delete(Path.Combine(target, files[i].Path) + PendingSuffix);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
            foreach (var folder in Enumerable.Reverse(created))
            {
                try
                {
                    Directory.Delete(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
            throw;
        }
    }

    private static (OutputManifest, int) WriteWhole(string target, IReadOnlyList<OutputFile> files, UInt128[] contents)
    {
        AtomicOutputWriter.Write(target, files);
        var disk = new Dictionary<string, (long Length, long Ticks)>(StringComparer.Ordinal);
        foreach (var (path, length, ticks) in FileSystem.FolderWalk.Files(target)) disk[path] = (length, ticks);
        var stamps = new Dictionary<string, FileStamp>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
            if (disk.TryGetValue(files[i].Path, out var d)) stamps[files[i].Path] = new FileStamp(contents[i], d.Length, d.Ticks);
        return (new OutputManifest(stamps), files.Count);
    }

    private static void RemoveWithEmptyFolders(string target, string path)
    {
        var full = Path.Combine(target, path);
        if (File.Exists(full)) File.Delete(full);
        else if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        for (var folder = Path.GetDirectoryName(full); folder is not null && folder.Length > target.Length; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
        }
    }
}
