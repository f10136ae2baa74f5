namespace Galeri.Content;

/// <summary>The read phase's result: every content file, as text, in a stable order.</summary>
public sealed record ContentFiles(
    string Root,
    SourceFile? Site,
    SourceFile? Opds,
    SourceFile? Urusan,
    IReadOnlyList<SourceFile> Innovations,
    IReadOnlyList<SourceFile> Visits,
    IReadOnlyList<SourceFile> Pages);
