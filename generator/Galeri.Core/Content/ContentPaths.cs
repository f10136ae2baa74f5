namespace Galeri.Content;

/// <summary>
/// The files the content is made of, as the walk found them (<see cref="ContentReader.Locate"/>), before any is read.
/// A required file's path is null when the walk refused it (a link, an unreadable folder): already reported.
/// <see cref="Synonyms"/> (referensi/sinonim.yml) is optional: null when there is none.
/// </summary>
internal sealed record ContentPaths(
    string Root,
    string? Site,
    string? Opds,
    string? Urusan,
    IReadOnlyList<string> Innovations,
    IReadOnlyList<string> Visits,
    IReadOnlyList<string> Pages,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Bundles,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, FileTime>> BundleFileTimes,
    string? Synonyms)
{
    /// <summary>Every file read with <paramref name="readFile"/> (by full path; null for one that cannot be read, which it reports), in parallel.</summary>
    public ContentFiles Read(Func<string, SourceFile?> readFile)
    {
        SourceFile? Required(string? path) => path is null ? null : readFile(path);
        IReadOnlyList<SourceFile> ReadAll(IReadOnlyList<string> paths)
        {
            var files = new SourceFile?[paths.Count];
            Parallel.For(0, paths.Count, i => files[i] = readFile(paths[i]));
            return files.OfType<SourceFile>().ToList();
        }

        return new ContentFiles(Root, Required(Site), Required(Opds), Required(Urusan), ReadAll(Innovations), ReadAll(Visits), ReadAll(Pages), Bundles)
        {
            BundleFileTimes = BundleFileTimes,
            Synonyms = Required(Synonyms),
        };
    }
}
