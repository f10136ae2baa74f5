using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.Incremental;

/// <summary>
/// Rendered pages kept from the last build, by path, with the fingerprint of what they were made
/// from (<see cref="ModelFingerprint"/>). A page whose fingerprint is unchanged is not rendered again.
/// </summary>
/// <param name="keepModels">
/// Whether to keep each page's model for the next build: <c>galeri serve</c> then knows an unchanged page by
/// its model being the very same object (no hashing). A one-build session (<c>galeri build</c>) keeps only
/// paths, fingerprints and files, so that models are dropped as soon as their page is rendered.
/// </param>
internal sealed class PageMemo(bool keepModels = true)
{
    private Dictionary<string, (UInt128 Fingerprint, PageDocument? Page, OutputFile File)> _pages = new(StringComparer.Ordinal);
    private UInt128 _site;

    // Cards and page navigation appear on many pages and are the same objects from build to build while unchanged, and
    // every entry page's inputs (Rendering.DeferredModel) hold the same strings and settings: hash each once.
    private readonly FingerprintMemo _shared = FingerprintMemo.ForModels();

    /// <summary>Pages rendered by the last <see cref="Render"/>; the others were reused.</summary>
    public int Rendered { get; private set; }

    /// <summary>The site path of every page of the last <see cref="Render"/> (for the sitemap).</summary>
    public IEnumerable<string> Paths => _pages.Keys;

    /// <summary>The fingerprint of every page of the last <see cref="Render"/>, by path (for the build cache).</summary>
    public IReadOnlyDictionary<string, UInt128> Fingerprints => _pages.ToDictionary(p => p.Key, p => p.Value.Fingerprint, StringComparer.Ordinal);

    /// <summary>Starts from pages a previous run wrote (from the build cache): a page whose fingerprint matches is taken as it is.</summary>
    public void Seed(IEnumerable<(string Path, UInt128 Fingerprint, OutputFile File)> pages)
    {
        foreach (var (path, fingerprint, file) in pages) _pages[path] = (fingerprint, null, file);
    }

    /// <param name="site">Fingerprint of what every page sees besides its model: theme, site settings, generator version.</param>
    /// <param name="progress">Told every few hundred pages how many are done.</param>
    public IReadOnlyList<OutputFile> Render(IReadOnlyList<PageDocument> pages, UInt128 site, Func<PageDocument, OutputFile?> render,
        IProgress<Build.BuildProgress>? progress = null)
    {
        var known = _pages;
        var sameSite = site == _site;
        // Each page is asked for once (it may be made on demand, see Rendering.LazyList) and kept only where needed.
        var results = new (string Path, PageDocument? Page, UInt128 Fingerprint, OutputFile? File)[pages.Count];
        var rendered = 0;
        var done = 0;
        // One page per core: the thread pool, seeing pages wait on the disk or the collector, would
        // otherwise add threads (44 at 50,000 entries), which only fight over caches and locks.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount };
        Parallel.For(0, pages.Count, cores, i =>
        {
            if (progress is not null && Interlocked.Increment(ref done) % 250 == 0) progress.Report(new Build.BuildProgress("render", done, pages.Count));
            var page = pages[i];
            var kept = keepModels ? page : null;
            var found = known.TryGetValue(page.Path, out var last);
            // The same model object as last time (see ModelMemo), or a new one holding the same objects (a listing's
            // cards), needs no hashing to be known unchanged.
            if (found && sameSite && last.Page is not null && ModelComparison.Same(last.Page, page))
            {
                results[i] = (page.Path, kept, last.Fingerprint, last.File);
                return;
            }
            var fingerprint = ModelFingerprint.Of(_shared, site, page.Path, page.Layout, page.Title, page.Description, page.Section, page.Model);
            if (found && last.Fingerprint == fingerprint)
            {
                results[i] = (page.Path, kept, fingerprint, last.File);
                return;
            }
            results[i] = (page.Path, kept, fingerprint, render(page));
            Interlocked.Increment(ref rendered);
        });
        var next = new Dictionary<string, (UInt128, PageDocument?, OutputFile)>(pages.Count, StringComparer.Ordinal);
        foreach (var (path, page, fingerprint, file) in results)
            if (file is not null) next[path] = (fingerprint, page, file);
        _pages = next;
        _site = site;
        Rendered = rendered;
        return [.. results.Select(r => r.File).OfType<OutputFile>()];
    }
}
