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
    /// <summary>The files beside an entry's index.md, '/'-separated paths relative to its folder.</summary>
    public IReadOnlyList<string> BundleOf(string slug) => Bundles.TryGetValue(slug, out var files) ? files : [];
}
