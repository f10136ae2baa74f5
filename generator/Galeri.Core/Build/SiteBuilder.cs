using System.Diagnostics;
using Fluid;
using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.FreePages;
using Galeri.Home;
using Galeri.Listing;
using Galeri.Opds;
using Galeri.Output;
using Galeri.Rendering;
using Galeri.Site;
using Galeri.Taxonomies;
using Galeri.Theming;
using Galeri.Validation;
using Galeri.Visits;

namespace Galeri.Build;

/// <summary>
/// The build pipeline: read → parse → validate → render → write. Any error stops the build before
/// the write phase, so the previous output stays as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The site's pages, feature by feature. A new kind of page is one more builder here.</summary>
    public static IReadOnlyList<IPageBuilder> PageBuilders { get; } =
    [
        new HomePage(),
        new CatalogPages(),
        new EntryPages(),
        new OpdPages(),
        .. SiteTaxonomies.All.Select(t => new TaxonomyPages(t)),
        new VisitPages(),
        new FreePagePages(),
        new Search.SearchPage(),
        new NotFoundPage(),
    ];

    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        OutputGuard.Check(options, diagnostics);
        if (diagnostics.HasErrors)
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, 0, clock.Elapsed);

        var site = Render(options.ContentDirectory, options.ThemeDirectory, options.BaseUrl, diagnostics);
        var phases = site?.Phases.ToList() ?? [];
        if (site is null)
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, 0, clock.Elapsed) { Phases = phases };

        var writing = Stopwatch.StartNew();
        AtomicOutputWriter.Write(options.OutputDirectory, site.Files);
        phases.Add(("write", writing.Elapsed));
        return new BuildResult(true, diagnostics.Sorted(), site.Pages, site.Files.Count, site.Entries, clock.Elapsed) { Phases = phases };
    }

    /// <summary>
    /// Read → parse → validate → render, in memory: the finished site's files, or null when there
    /// are errors (in <paramref name="diagnostics"/>). <c>galeri build</c> writes the files;
    /// <c>galeri serve</c> serves them straight from memory.
    /// </summary>
    public static RenderedSite? Render(string contentDirectory, string themeDirectory, string? baseUrl, DiagnosticBag diagnostics)
    {
        var phases = new PhaseClock();
        var content = Check(contentDirectory, baseUrl, diagnostics, phases);
        if (content is null || diagnostics.HasErrors) return null;

        var parser = new FluidParser();
        var theme = Theme.Load(themeDirectory, content.Site.Language, parser, diagnostics);
        if (diagnostics.HasErrors) return null;

        var site = new SiteModel(content, theme.Strings);
        var pages = PageBuilders.SelectMany(b => b.Build(site)).ToList();
        phases.Lap("plan");
        var files = new PageRenderer(theme, site, parser).RenderAll(pages, diagnostics).ToList();
        files.AddRange(StaticFiles(theme, content));
        files.AddRange(SitemapWriter.Write(content.Site, pages));
        phases.Lap("render");
        files.AddRange(SearchIndex(site, theme, diagnostics));
        phases.Lap("search");
        files.Add(OutputFile.FromText(Schema.InnovationSchema.SitePath, Schema.InnovationSchema.Write(content)));
        if (diagnostics.HasErrors) return null;
        return new RenderedSite(files, pages.Count, content.Innovations.Count, phases.Timings);
    }

    /// <summary>Read, parse and validate only: what <c>galeri check</c> and the first half of a build do.</summary>
    public static SiteContent? Check(string contentDirectory, string? baseUrl, DiagnosticBag diagnostics) =>
        Check(contentDirectory, baseUrl, diagnostics, new PhaseClock());

    private static SiteContent? Check(string contentDirectory, string? baseUrl, DiagnosticBag diagnostics, PhaseClock phases)
    {
        var files = ContentReader.Read(contentDirectory, diagnostics);
        phases.Lap("read");
        var content = ContentParser.Parse(files, baseUrl, diagnostics);
        phases.Lap("parse");
        if (content is not null) ContentValidator.Validate(content, diagnostics);
        phases.Lap("validate");
        return content;
    }

    /// <summary>The search index, its results store, and the browser code that reads them (lunr, the stemmer).</summary>
    private static IEnumerable<OutputFile> SearchIndex(SiteModel site, Theme theme, DiagnosticBag diagnostics)
    {
        var runtime = Search.SearchRuntime.Files(theme.Root);
        if (runtime.Count == 0)
        {
            diagnostics.Error(Content.SourceFileReader.DisplayPath(Path.Combine(theme.Root, "package.json")), SourcePosition.Start, "", "search-runtime-missing");
            return [];
        }
        var pipeline = new[] { Search.Analysis.IndonesianAnalyzer.StopWordLabel, Search.Analysis.IndonesianAnalyzer.StemmerLabel };
        return [.. runtime, .. Search.SearchFiles.Write(site, Search.Analysis.IndonesianAnalyzer.Analyze, pipeline)];
    }

    private static IEnumerable<OutputFile> StaticFiles(Theme theme, SiteContent content)
    {
        foreach (var asset in theme.Assets)
            yield return OutputFile.Copy("assets/" + asset, Path.Combine(theme.Root, "assets", asset));
        foreach (var entry in content.Innovations)
        foreach (var file in BundleFiles.Of(entry))
            yield return OutputFile.Copy(SiteModel.EntryPath(entry.Slug) + file, Path.Combine(entry.BundleDirectory, file));
    }
}
