namespace Galeri.Content;

/// <summary>The read phase's result: every content file, as text, in a stable order, and the files of each entry's page bundle.</summary>
internal sealed record ContentFiles(
    string Root,
    SourceFile? Site,
    SourceFile? Opds,
    SourceFile? Urusan,
    IReadOnlyList<SourceFile> Innovations,
    IReadOnlyList<SourceFile> Visits,
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Bundles)
{
    /// <summary>Per entry folder, the size and time of each bundle file by its '/'-separated path in the folder, as the walk saw them (no extra system call).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, FileTime>> BundleFileTimes { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, FileTime>>();

    /// <summary>Balitbang's search synonyms (<see cref="ContentLayout.SynonymFile"/>), or null when the site has none.</summary>
    public SourceFile? Synonyms { get; init; }

    /// <summary>The files beside an entry's index.md, '/'-separated paths relative to its folder.</summary>
    public IReadOnlyList<string> BundleOf(string slug) => Bundles.TryGetValue(slug, out var files) ? files : [];

    /// <summary>
    /// The name, size and time of each of an entry folder's bundle files as one text, derived from
    /// <see cref="BundleFileTimes"/>: the parse memo's key, so an entry whose bundle changed is parsed again.
    /// </summary>
    public string BundleStampOf(string folder)
    {
        if (!BundleFileTimes.TryGetValue(folder, out var times)) return "";
        var stamp = new System.Text.StringBuilder();
        foreach (var (name, time) in times.OrderBy(t => t.Key, StringComparer.Ordinal))
            stamp.Append(name).Append(' ').Append(time.Length).Append(' ').Append(time.Ticks).Append('\n');
        return stamp.ToString();
    }
}
