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

    /// <summary>The files beside an entry's index.md, '/'-separated paths relative to its folder.</summary>
    public IReadOnlyList<string> BundleOf(string slug) => Bundles.TryGetValue(slug, out var files) ? files : [];
}
