using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.FreePages;
using Galeri.Opds;
using Galeri.Site;
using Galeri.Urusan;
using Galeri.Visits;

namespace Galeri.Content;

/// <summary>The parse phase: every file into its typed model; entries in parallel.</summary>
internal static class ContentParser
{
    /// <returns>The parsed content; <see cref="SiteContent.SiteUsable"/> is false when site.yml, needed by every page, is unusable.</returns>
    public static SiteContent Parse(ContentFiles files, string? baseUrlOverride, DiagnosticBag diagnostics) => Assemble(
        files,
        SiteConfigParser.Parse(files.Site, baseUrlOverride, diagnostics),
        OpdListParser.Parse(files.Opds, diagnostics),
        UrusanListParser.Parse(files.Urusan, diagnostics),
        ParseAll(files.Innovations, f => Entry(files, f, diagnostics)),
        ParseAll(files.Visits, f => VisitParser.Parse(f, diagnostics)),
        ParseAll(files.Pages, f => FreePageParser.Parse(f, diagnostics)),
        files.Synonyms is null ? null : Search.Synonyms.SynonymListParser.Parse(files.Synonyms, diagnostics));

    /// <summary>An entry with its bundle: the entry folder's other files, known from its folder name before parsing.</summary>
    /// <param name="syntax">How its front matter and body are read (<see cref="IEntrySyntax"/>); null: as they are.</param>
    public static Innovation? Entry(ContentFiles files, SourceFile file, DiagnosticBag diagnostics, IEntrySyntax? syntax = null) =>
        InnovationParser.Parse(file, diagnostics, files.BundleOf(ContentLayout.EntryFolderOf(file.RelativePath)), syntax) is { } entry
            ? entry with
            {
                BundleFiles = files.BundleOf(entry.Slug),
                BundleFileTimes = files.BundleFileTimes.GetValueOrDefault(ContentLayout.EntryFolderOf(file.RelativePath))
                                  ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, FileTime>.Empty,
            }
            : null;

    /// <summary>What an entry's parse reads besides its index.md: the size and time of its bundle's files.</summary>
    public static string EntryBundleStamp(ContentFiles files, SourceFile file) => files.BundleStampOf(ContentLayout.EntryFolderOf(file.RelativePath));

    /// <summary>
    /// The parsed files as one <see cref="SiteContent"/>. An unusable site.yml (reported) does not hide the
    /// other files' problems: they are validated with empty settings, and <see cref="SiteContent.SiteUsable"/> is false.
    /// </summary>
    public static SiteContent Assemble(ContentFiles files, SiteConfig? site, IReadOnlyList<Opd>? opds, IReadOnlyList<UrusanItem>? urusan,
        IReadOnlyList<Innovation> innovations, IReadOnlyList<Visit> visits, IReadOnlyList<FreePage> pages, Search.Synonyms.SynonymList? synonyms) =>
        new(files.Root, site ?? new SiteConfig("", "", "id", null, null, [], files.Site?.DisplayPath ?? ""), opds ?? [], urusan ?? [],
            innovations, visits, pages, files.Bundles.Keys.ToHashSet(StringComparer.Ordinal), opds is not null, urusan is not null)
        {
            SiteUsable = site is not null,
            Synonyms = synonyms ?? Search.Synonyms.SynonymList.Empty,
        };

    /// <summary>Each file parsed, in parallel, in file order; files too broken to use are left out.</summary>
    public static IReadOnlyList<T> ParseAll<T>(IReadOnlyList<SourceFile> files, Func<SourceFile, T?> parse) where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = parse(files[i]));
        return results.OfType<T>().ToList();
    }
}
