using System.Diagnostics;
using Fluid;
using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.FreePages;
using Galeri.Incremental;
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
    internal static IReadOnlyList<IPageBuilder> PageBuilders { get; } =
    [
        new HomePage(),
        new CatalogPages(),
        new EntryPages(),
        new OpdPages(),
        .. SiteTaxonomies.All.Select(t => new TaxonomyPages(t)),
        new VisitPages(),
        new FreePagePages(),
        new Search.SearchPage(),
        new Statistics.StatisticsPage(),
        new StudiTiru.StudiTiruPages(),
        new NotFoundPage(),
    ];

    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        OutputGuard.Check(options, diagnostics);
        if (diagnostics.HasErrors)
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, 0, clock.Elapsed);
        // One build per output folder at a time, from reading its cache to saving the new one: two
        // builds writing at once could mix their sites. A second one fails at once (OutputBusyException).
        using var outputLock = OutputLock.Acquire(options.OutputDirectory);

        // The cache of the last build into this folder: pages still as it wrote them are not rendered
        // again, files whose content is unchanged are not written again. --clean starts from nothing.
        if (options.Clean) BuildCache.Delete(options.OutputDirectory);
        var cache = options.Clean ? BuildCache.Empty(options.OutputDirectory) : BuildCache.Load(options.OutputDirectory);
        var session = new BuildSession(oneBuild: true);
        session.ShareImages.Folder = Path.Combine(cache.Folder, "bagikan");
        session.Photos.Folder = Path.Combine(cache.Folder, "foto");
        session.Pages.Seed(cache.IntactPages(options.OutputDirectory));
        session.Files.Seed(cache.IntactMade(options.OutputDirectory));
        session.QrCodes.Seed(QrStore.Load(Path.Combine(cache.Folder, QrStore.FileName)));
        session.Search.StorePath = Path.Combine(cache.Folder, AnalysisStore.FileName);
        session.Parses.StorePath = Path.Combine(cache.Folder, SyntaxStore.FileName);

        // Pages go to disk as they are rendered, not held until the write phase: memory stays bounded at 50,000 entries.
        var spill = SpilledFiles.Open(cache.Folder);
        try
        {
            var made = new MadeFiles(options.OutputDirectory, cache.IntactFiles(options.OutputDirectory), spill);
            var site = Render(options.ContentDirectory, options.ThemeDirectory, options.BaseUrl, diagnostics, session, options.Progress, made: made);
            var phases = site?.Phases.ToList() ?? [];
            if (site is null)
                return new BuildResult(false, diagnostics.Sorted(), 0, 0, 0, clock.Elapsed) { Phases = phases };

            PhaseMemory.Release(site.Entries, session.OneBuild);
            var writing = Stopwatch.StartNew();
            options.Progress?.Report(new BuildProgress("write", 0, site.Files.Count));
            var (manifest, written) = IncrementalOutputWriter.Write(options.OutputDirectory, site.Files, cache.IsEmpty ? null : cache.Output);
            SaveCache(options.OutputDirectory, session, manifest);
            phases.Add(("write", writing.Elapsed));
            return Written(site, diagnostics, phases, clock, written);
        }
        finally
        {
            spill?.Delete();
        }
    }

    private static BuildResult Written(RenderedSite site, DiagnosticBag diagnostics, List<(string, TimeSpan)> phases, Stopwatch clock, int written) =>
        new(true, diagnostics.Sorted(), site.Pages, site.Files.Count, site.Entries, clock.Elapsed)
        {
            Phases = phases,
            PagesRendered = site.PagesRendered,
            FilesWritten = written,
            SearchAnalysed = site.SearchAnalysed,
            EntriesRead = site.EntriesRead,
        };


    /// <summary>A cache that cannot be written only costs the next build its speed: the output is already complete.</summary>
    private static void SaveCache(string outputDirectory, BuildSession session, OutputManifest manifest)
    {
        try
        {
            BuildCache.Save(outputDirectory, session.Pages.Fingerprints, session.Files.Fingerprints, manifest);
            QrStore.Save(Path.Combine(BuildCache.FolderFor(outputDirectory), QrStore.FileName), session.QrCodes.Used);
            if (session.Search.StoreToSave is { } analyses) AnalysisStore.Save(session.Search.StorePath!, analyses);
        }
        // ArgumentOutOfRangeException: how .NET reports a file over the size limit (EFBIG).
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            try
            {
                BuildCache.Delete(outputDirectory);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// Read → parse → validate → render, in memory: the finished site's files, or null when there
    /// are errors (in <paramref name="diagnostics"/>). <c>galeri build</c> writes the files;
    /// <c>galeri serve</c> serves them straight from memory.
    /// </summary>
    /// <param name="session">What earlier builds left: only what changed since is read, parsed and rendered again. Null: a clean build.</param>
    /// <param name="progress">Told of each phase and of pages rendered, for a progress display.</param>
    /// <param name="editorProxyUrl">Under <c>galeri serve --editor</c>: the local decap-server the editor saves through.</param>
    /// <param name="spill">Under <c>galeri serve</c>: where rendered pages go at once (see <see cref="SpilledFiles"/>); null keeps them in memory.</param>
    /// <param name="made">Under <c>galeri build</c>: where pages and made files wait for the write phase (see <see cref="MadeFiles"/>); null keeps them in memory.</param>
    /// <param name="searchAfterPages">Under <c>galeri serve</c>: the search data is made after the pages, when asked for (<see cref="RenderedSite.MakeDeferred"/>).</param>
    internal static RenderedSite? Render(string contentDirectory, string themeDirectory, string? baseUrl, DiagnosticBag diagnostics,
        BuildSession? session = null, IProgress<BuildProgress>? progress = null, string? editorProxyUrl = null, SpilledFiles? spill = null, MadeFiles? made = null,
        bool searchAfterPages = false)
    {
        Func<OutputFile, OutputFile> keepMade = made is null ? f => f : made.Keep;
        // A page rendered again with the bytes the output already holds (a template edit that changes nothing
        // there, a new galeri) is named as that file, not written to the spill folder only to be deleted.
        Func<OutputFile, OutputFile> keep = made is not null ? made.Keep : spill is null ? f => f : spill.Keep;
        session ??= new BuildSession();
        var phases = new PhaseClock(progress);
        var content = Check(contentDirectory, baseUrl, diagnostics, phases, session);
        if (content is null || diagnostics.HasErrors) return null;

        var parser = new FluidParser();
        var theme = session.Theme.Load(themeDirectory, content.Site.Language, parser, diagnostics, out var themeFingerprint);
        if (diagnostics.HasErrors) return null;

        // The studi tiru handout's QR code opens the entry's public page: without base_url there is no address to encode.
        if (content.Site.BaseUrl is null && content.Innovations.Count > 0)
            diagnostics.Warning(content.Site.DisplayPath, SourcePosition.Start, "base_url", "handout-no-base-url");
        phases.Begin("plan", content.Innovations.Count);
        var site = new SiteModel(content, theme.Strings, session);
        // Builders are independent and mostly sequential inside: run them side by side. Entry pages are
        // only counted here; each is made as it is rendered (Rendering.LazyList), so memory stays bounded.
        var pages = new SitePages(PageBuilders.AsParallel().AsOrdered().Select(b => SitePages.Planned(b.Build(site))));
        phases.Lap("plan");
        var renderer = new PageRenderer(theme, site, parser) { Share = new Sharing.SharePages(content.Site).For };
        var everyPage = ModelFingerprint.Of(null, BuildSession.GeneratorVersion, themeFingerprint, content.Site,
            content.Pages.Select(p => (p.Slug, p.Title)));
        phases.Begin("render", pages.Count);
        var files = session.Pages.Render(pages, everyPage, page => renderer.Render(page, diagnostics) is { } file ? keep(file) : null, progress).ToList();
        // The pages' garbage goes before the per-entry files are made.
        PhaseMemory.Release(content.Innovations.Count, session.OneBuild);
        files.AddRange(StaticFiles(theme, content));
        // The pages' dates are worked out only when the sitemap is made (it is made when read).
        var pageDates = new Lazy<Func<string, DateOnly?>>(() => Feeds.PageDates.Of(content));
        files.AddRange(SitemapWriter.Write(content.Site, session.Pages.Paths, path => pageDates.Value(path)));
        files.AddRange(Editor.EditorFiles.Write(content, theme, editorProxyUrl, contentDirectory, diagnostics));
        files.AddRange(Feeds.FeedWriter.Write(content).Select(keepMade));
        files.AddRange(Sharing.ShareImages.Files(content, theme.Root, session.ShareImages));
        files.AddRange(Media.PhotoFiles.Files(site));
        files.Add(Sharing.WebManifest.Write(content.Site, theme.Strings.Get("merek.nama", content.Site.Title), Sharing.SiteIcons.Exist(theme.Root)));
        files.AddRange(OpenData.OpenDataFiles.Write(content, entry => entry.Record).Select(keepMade));
        PhaseMemory.Release(content.Innovations.Count, session.OneBuild);
        // Made again by every build, cached or not, and mostly unchanged: those the output holds as they are are not kept in memory.
        files.AddRange(StudiTiru.EntryData.Files(site, keepMade));
        phases.Lap("render");
        PhaseMemory.Release(content.Innovations.Count, session.OneBuild);
        DeferredFiles? deferred = null;
        if (SearchRuntime(theme, diagnostics) is { } runtime)
        {
            files.AddRange(runtime.Select(keepMade));
            if (searchAfterPages) deferred = new DeferredFiles(Search.SearchFiles.Folder, () => session.Search.Write(site));
            else
            {
                phases.Begin("search", content.Innovations.Count);
                files.AddRange(session.Search.Write(site).Select(keepMade));
                phases.Lap("search");
            }
        }
        // The schema is written from its inputs alone (the site's title and address, the codes its fields
        // name), so comparing them is all its reuse needs: nothing to list by hand.
        files.Add(session.Models.Reuse(Model.ContentTypes.Innovation, Schema.SchemaInputs.Of(Model.ContentTypes.Innovation, content),
            inputs => OutputFile.FromText(Schema.InnovationSchema.SitePath, Schema.ContentSchema.Write(Model.ContentTypes.Innovation, inputs))));
        if (diagnostics.HasErrors) return null;
        return new RenderedSite(files, pages.Count, content.Innovations.Count, phases.Timings)
        {
            PagesRendered = session.Pages.Rendered,
            SearchAnalysed = deferred is null ? session.Search.Analysed : 0,
            EntriesRead = session.Parses.EntriesRead,
            ContentWalked = session.Sources.Walked,
            Deferred = deferred,
        };
    }

    /// <summary>Read, parse and validate only: what <c>galeri check</c> does (the first half of a build is the same phases through the session).</summary>
    internal static SiteContent? Check(string contentDirectory, string? baseUrl, DiagnosticBag diagnostics)
    {
        var content = ContentParser.Parse(ContentReader.Read(contentDirectory, diagnostics), baseUrl, diagnostics);
        if (content is not null) ContentValidator.Validate(content, diagnostics);
        return content;
    }

    /// <summary>The same phases as <see cref="Check(string, string?, DiagnosticBag)"/>, each through the session, which reuses what is unchanged since its last build.</summary>
    private static SiteContent? Check(string contentDirectory, string? baseUrl, DiagnosticBag diagnostics, PhaseClock phases, BuildSession session)
    {
        phases.Begin("read");
        var files = session.Sources.Read(contentDirectory, diagnostics);
        phases.Lap("read");
        phases.Begin("parse", files.Innovations.Count);
        var content = session.Parses.Parse(files, baseUrl, diagnostics);
        phases.Lap("parse");
        phases.Begin("validate");
        if (content is not null) session.Validation.Validate(content, diagnostics);
        phases.Lap("validate");
        return content is { SiteUsable: false } ? null : content;
    }

    /// <summary>The theme's search scripts, or null (an error) when its npm packages are not installed.</summary>
    private static IReadOnlyList<OutputFile>? SearchRuntime(Theme theme, DiagnosticBag diagnostics)
    {
        var runtime = Search.SearchRuntime.Files(theme.Root);
        if (runtime.Count > 0) return runtime;
        diagnostics.Error(Content.SourceFileReader.DisplayPath(Path.Combine(theme.Root, "package.json")), SourcePosition.Start, "", "search-runtime-missing");
        return null;
    }

    private static IEnumerable<OutputFile> StaticFiles(Theme theme, SiteContent content)
    {
        foreach (var asset in theme.Assets)
            yield return OutputFile.Copy("assets/" + asset, Path.Combine(theme.Root, "assets", asset));
        foreach (var entry in content.Innovations)
        // Photos are published resized and cleaned of their metadata (Media.PhotoFiles), never as uploaded.
        foreach (var file in BundleFiles.Of(entry).Where(f => !Media.PhotoFormats.IsResizable(f)))
            yield return OutputFile.Copy(SiteModel.EntryPath(entry.Slug) + file, Path.Combine(entry.BundleDirectory, file));
    }
}
