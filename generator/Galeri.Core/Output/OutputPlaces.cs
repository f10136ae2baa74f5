using System.Text.RegularExpressions;

namespace Galeri.Output;

/// <summary>
/// Where galeri keeps things for an output folder, all beside it on the same file system (so
/// renames and hard links work): <c>.galeri-cache/&lt;name&gt;/</c> (state and the spare tree) and
/// <c>.galeri-cache/&lt;name&gt;.lock</c>. Also recognises leftovers of builds that were killed.
/// </summary>
internal static partial class OutputPlaces
{
    public const string CacheFolderName = ".galeri-cache";

    /// <param name="target">The output folder, full path without a trailing separator.</param>
    public static string CacheFolder(string target) => Path.Combine(Path.GetDirectoryName(target)!, CacheFolderName, Path.GetFileName(target));

    /// <summary>The previous version of the site, updated into the next one and swapped in (see <see cref="SpareTree"/>).</summary>
    public static string Spare(string target) => Path.Combine(CacheFolder(target), "spare");

    /// <summary>Beside, not inside, the cache folder: <c>--clean</c> deletes that folder, and the lock must outlive it.</summary>
    public static string LockFile(string target) => CacheFolder(target) + ".lock";

    /// <summary>
    /// Removes a link or a file standing where galeri keeps its cache: <c>.galeri-cache</c>, its
    /// folder for this output and the lock file. The folder beside the output can come from a pull
    /// request (a link committed as <c>.galeri-cache</c>), and the build cache, the spare tree and the
    /// kept QR codes would be written through it into wherever it points. The link itself is removed,
    /// its target left alone; galeri then makes real folders.
    /// </summary>
    public static void RemoveLinks(string target)
    {
        var cacheRoot = Path.Combine(Path.GetDirectoryName(target)!, CacheFolderName);
        foreach (var place in new[] { cacheRoot, CacheFolder(target), LockFile(target) })
        {
            var isFolder = place != LockFile(target);
            if (FileSystem.Links.IsLink(place) || (isFolder && File.Exists(place))) SafeDelete.Entry(place);
        }
    }

    /// <summary>
    /// Removes what killed builds left beside the output: full-write staging folders of earlier
    /// galeri versions (<c>.&lt;name&gt;.tmp-&lt;pid&gt;-&lt;32 hex&gt;</c>, and its <c>.old</c>).
    /// Only galeri's own names, only next to this output; called while holding the output's lock.
    /// </summary>
    public static void RemoveLeftovers(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent)) return;
        var name = Path.GetFileName(target);
        foreach (var path in Directory.EnumerateFileSystemEntries(parent, "." + name + ".tmp-*"))
        {
            var rest = Path.GetFileName(path)[(name.Length + 1)..];
            if (StagingSuffix().IsMatch(rest)) SafeDelete.TryEntry(path);
        }
    }

    [GeneratedRegex(@"^\.tmp-[0-9]+-[0-9a-f]{32}(\.old)?$")]
    private static partial Regex StagingSuffix();
}
