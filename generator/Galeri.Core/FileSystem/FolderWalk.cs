using System.IO.Enumeration;

namespace Galeri.FileSystem;

/// <summary>
/// Every file under a folder with its size and modification time, in one walk: no separate system
/// call per file, which matters at tens of thousands of files. Used to find content bundles and to
/// check an output folder against its manifest.
/// </summary>
public static class FolderWalk
{
    /// <returns>Paths relative to <paramref name="root"/>, '/'-separated; hidden files included; an unreadable folder throws.</returns>
    public static IEnumerable<(string Path, long Length, long Ticks)> Files(string root) =>
        new FileSystemEnumerable<(string Path, long Length, long Ticks)>(root,
            (ref FileSystemEntry e) => (Path.GetRelativePath(root, e.ToFullPath()).Replace('\\', '/'), e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
}
