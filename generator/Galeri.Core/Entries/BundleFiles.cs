namespace Galeri.Entries;

/// <summary>
/// The files of an entry's folder (page bundle) that are published beside its page: images and PDFs.
/// Other files (notes, HTML) are not, since entries come from many hands.
/// </summary>
public static class BundleFiles
{
    private static readonly IReadOnlyList<string> Published = [.. Vocabulary.ImageExtensions, ".pdf"];

    /// <returns>Paths relative to the entry folder, '/'-separated, sorted.</returns>
    public static IReadOnlyList<string> Of(Innovation entry) =>
        entry.BundleFiles
            .Where(p => Published.Contains(Path.GetExtension(p).ToLowerInvariant()))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .ToList();
}
