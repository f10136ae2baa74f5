namespace Galeri.Output;

/// <summary>
/// The output folder as a whole: the marker that says galeri made it, and the refusal to replace a
/// folder it did not make. <see cref="IncrementalOutputWriter"/> writes into it.
/// </summary>
internal static class OutputMarker
{
    /// <summary>Marks a folder as made by galeri, so a rebuild may replace it. Any other non-empty folder is refused.</summary>
    public const string MarkerFile = ".galeri-output";

    /// <summary>The marker, written into every output like a page of the site.</summary>
    public static OutputFile Marker { get; } =
        OutputFile.FromText(MarkerFile, "Dibuat oleh galeri build. Folder ini diganti utuh pada setiap build.\n");

    /// <summary>Refuses to replace a folder that galeri did not make (e.g. --output pointing at the wrong place), or a file.</summary>
    public static void EnsureReplaceable(string target)
    {
        if (File.Exists(target)) throw new OutputFolderException(target);
        if (!Directory.Exists(target)) return;
        if (File.Exists(Path.Combine(target, MarkerFile))) return;
        if (!Directory.EnumerateFileSystemEntries(target).Any()) return;
        throw new OutputFolderException(target);
    }
}
