namespace Galeri.Content;

/// <summary>The read phase's result: every content file, as text, in a stable order, and the files of each entry's page bundle.</summary>
public sealed record ContentFiles(
    string Root,
    SourceFile? Site,
    SourceFile? Opds,
    SourceFile? Urusan,
    IReadOnlyList<SourceFile> Innovations,
    IReadOnlyList<SourceFile> Visits,
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Bundles)
{
    /// <summary>Per entry folder, the name, size and time of each bundle file: an entry whose bundle changed is parsed again.</summary>
    public IReadOnlyDictionary<string, string> BundleStamps { get; init; } = new Dictionary<string, string>();

    /// <summary>Per entry folder, the size and time of each bundle file by its '/'-separated path in the folder, as the walk saw them (no extra system call).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, FileTime>> BundleFileTimes { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, FileTime>>();

    /// <summary>The files beside an entry's index.md, '/'-separated paths relative to its folder.</summary>
    public IReadOnlyList<string> BundleOf(string slug) => Bundles.TryGetValue(slug, out var files) ? files : [];
}

/// <summary>A file's size and last write time (UTC ticks) as a folder walk saw them: what tells a replaced file from an unchanged one.</summary>
public readonly record struct FileTime(long Length, long Ticks);
