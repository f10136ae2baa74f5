using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.Incremental;

/// <summary>
/// Rendered pages kept from the last build, by path, with the fingerprint of what they were made
/// from (<see cref="ModelFingerprint"/>). A page whose fingerprint is unchanged is not rendered again.
/// </summary>
public sealed class PageMemo
{
    private Dictionary<string, (UInt128 Fingerprint, OutputFile File)> _pages = new(StringComparer.Ordinal);

    /// <summary>Pages rendered by the last <see cref="Render"/>; the others were reused.</summary>
    public int Rendered { get; private set; }

    public int Reused { get; private set; }

    /// <param name="site">Fingerprint of what every page sees besides its model: theme, site settings, generator version.</param>
    /// <param name="progress">Told every few hundred pages how many are done.</param>
    public IReadOnlyList<OutputFile> Render(IReadOnlyList<PageDocument> pages, UInt128 site, Func<PageDocument, OutputFile?> render,
        IProgress<Build.BuildProgress>? progress = null)
    {
        var shared = new FingerprintMemo(typeof(EntryCard));
        var known = _pages;
        var results = new (UInt128 Fingerprint, OutputFile? File)[pages.Count];
        var rendered = 0;
        var done = 0;
        Parallel.For(0, pages.Count, i =>
        {
            if (progress is not null && Interlocked.Increment(ref done) % 250 == 0) progress.Report(new Build.BuildProgress("render", done, pages.Count));
            var page = pages[i];
            var fingerprint = ModelFingerprint.Of(shared, site, page.Path, page.Layout, page.Title, page.Description, page.Section, page.Model);
            if (known.TryGetValue(page.Path, out var last) && last.Fingerprint == fingerprint)
            {
                results[i] = (fingerprint, last.File);
                return;
            }
            results[i] = (fingerprint, render(page));
            Interlocked.Increment(ref rendered);
        });
        var next = new Dictionary<string, (UInt128, OutputFile)>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            if (results[i].File is { } file) next[pages[i].Path] = (results[i].Fingerprint, file);
        _pages = next;
        Rendered = rendered;
        Reused = pages.Count - rendered;
        return [.. results.Select(r => r.File).OfType<OutputFile>()];
    }
}
