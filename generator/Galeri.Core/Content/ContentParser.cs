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
    public static SiteContent? Parse(ContentFiles files, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var site = SiteConfigParser.Parse(files.Site, baseUrlOverride, diagnostics);
        var opds = OpdListParser.Parse(files.Opds, diagnostics);
        var urusan = UrusanListParser.Parse(files.Urusan, diagnostics);
        var innovations = ParseAll(files.Innovations, f => InnovationParser.Parse(f, diagnostics) is { } entry
            ? entry with { BundleFiles = files.BundleOf(entry.Slug) }
            : null);
        var visits = ParseAll(files.Visits, f => VisitParser.Parse(f, diagnostics));
        var pages = ParseAll(files.Pages, f => FreePageParser.Parse(f, diagnostics));
        return site is null
            ? null
            : new SiteContent(files.Root, site, opds ?? [], urusan ?? [], innovations, visits, pages,
                files.Bundles.Keys.ToHashSet(StringComparer.Ordinal), opds is not null, urusan is not null);
    }

    private static IReadOnlyList<T> ParseAll<T>(IReadOnlyList<SourceFile> files, Func<SourceFile, T?> parse) where T : class
    {
        var results = new T?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = parse(files[i]));
        return results.OfType<T>().ToList();
    }
}
