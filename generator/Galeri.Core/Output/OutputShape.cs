namespace Galeri.Output;

/// <summary>The names a finished output folder has: its files, and the folders that hold them (nothing else: no empty folders).</summary>
internal sealed class OutputShape
{
    private OutputShape(HashSet<string> files, HashSet<string> folders)
    {
        Files = files;
        Folders = folders;
    }

    public HashSet<string> Files { get; }

    public HashSet<string> Folders { get; }

    public static OutputShape Of(IEnumerable<string> files)
    {
        var paths = new HashSet<string>(files, StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // Parents before grandparents: once a folder is known, so are all folders above it.
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                if (!folders.Add(path[..slash])) break;
        }
        return new OutputShape(paths, folders);
    }

    /// <summary>Whether a name found in a folder has a place in this shape: a real file where a file belongs, a real folder where a folder does.</summary>
    public bool Fits(in OutputEntry entry) => entry.Kind switch
    {
        EntryKind.File => Files.Contains(entry.Path),
        EntryKind.Directory => Folders.Contains(entry.Path),
        _ => false,
    };
}
