using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.FreePages;
using Galeri.Opds;
using Galeri.Site;
using Galeri.Urusan;
using Galeri.Visits;

namespace Galeri.Content;

/// <summary>The parse phase: every file into its typed model; entries in parallel.</summary>
public static class ContentParser
{
    /// <returns>The parsed content, or null when a file needed by every page (site.yml) is unusable.</returns>
    /// <param name="memo">Files parsed by an earlier build, reused when read as the same objects (serve, incremental builds).</param>
    public static SiteContent? Parse(ContentFiles files, string? baseUrlOverride, DiagnosticBag diagnostics, Incremental.ParseMemo? memo = null)
    {
        T? Parse<T>(SourceFile? file, string key, Func<SourceFile?, DiagnosticBag, T?> parse) where T : class =>
            memo is null || file is null ? parse(file, diagnostics) : memo.Parse<T>(file, key, diagnostics, (f, d) => parse(f, d));

        var site = Parse(files.Site, baseUrlOverride ?? "", (f, d) => SiteConfigParser.Parse(f, baseUrlOverride, d));
        var opds = Parse(files.Opds, "", OpdListParser.Parse);
        var urusan = Parse(files.Urusan, "", UrusanListParser.Parse);
        var innovations = ParseAll(files.Innovations, f =>
        {
            // The bundle is the entry folder's other files: known from its folder name before parsing.
            var folder = ContentLayout.EntryFolderOf(f.RelativePath);
            var stamps = files.BundleStampOf(folder);
            return Parse(f, stamps, (source, d) => InnovationParser.Parse(source!, d) is { } entry
                ? entry with { BundleFiles = files.BundleOf(entry.Slug), BundleFileTimes = files.BundleFileTimes.GetValueOrDefault(folder) ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, FileTime>.Empty }
                : null);
        });
        var visits = ParseAll(files.Visits, f => Parse(f, "", (source, d) => VisitParser.Parse(source!, d)));
        var pages = ParseAll(files.Pages, f => Parse(f, "", (source, d) => FreePageParser.Parse(source!, d)));
        return site is null
            ? null
            : new SiteContent(files.Root, site, opds ?? [], urusan ?? [], innovations, visits, pages,
                files.Bundles.Keys.ToHashSet(StringComparer.Ordinal), opds is not null, urusan is not null)
            {
                Synonyms = Parse(files.Synonyms, "", Search.Synonyms.SynonymListParser.Parse) ?? Search.Synonyms.SynonymList.Empty,
            };
    }

    private static IReadOnlyList<T> ParseAll<T>(IReadOnlyList<SourceFile> files, Func<SourceFile, T?> parse) where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = parse(files[i]));
        return results.OfType<T>().ToList();
    }
}
