using Galeri.Diagnostics;
using Galeri.Incremental;

namespace Galeri.Build;

/// <summary>
/// <c>galeri serve</c>: one site built again and again in memory, each time after files changed.
/// Kept for the whole run, it reads, parses and renders again only what changed since its last
/// render; the result is byte for byte what a clean build makes.
/// </summary>
/// <param name="editorProxyUrl">Under <c>galeri serve --editor</c>: the local decap-server the editor at <see cref="EditorFolder"/> saves through.</param>
public sealed class LiveBuild(string contentDirectory, string themeDirectory, string? editorProxyUrl = null) : IDisposable
{
    /// <summary>The site folder the editor (Decap CMS) is served from.</summary>
    public const string EditorFolder = Editor.EditorRuntime.Folder;

    private readonly string _folder = ServeFolder.Create();

    // Rendered pages wait in this folder's tulis/ instead of in memory (about 2.5 GB at 50,000 entries), served
    // from there; removed by Dispose. A page rendered again gets a new file; the old one stays until the server
    // stops (an edit leaves a few).
    private Output.SpilledFiles? _pages;

    private BuildSession? _session;

    private BuildSession Session => _session ??= NewSession();

    private static BuildSession NewSession()
    {
        var session = new BuildSession();
        session.ShareImages.WhenAsked = true; // share cards are drawn when a browser asks for one
        return session;
    }

    /// <summary>
    /// Read → parse → validate → render: the finished site, or null when there are errors (in Diagnostics).
    /// Its search data is made after the pages, when first asked for: call <see cref="RenderedSite.MakeDeferred"/>
    /// before the next render (the search data is made from what this session holds now).
    /// </summary>
    /// <param name="progress">Told of each phase and of pages rendered, for a progress display.</param>
    public (RenderedSite? Site, IReadOnlyList<Diagnostic> Diagnostics) Render(IProgress<BuildProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        _pages ??= Output.SpilledFiles.Open(_folder);
        var site = SiteBuilder.Render(contentDirectory, themeDirectory, null, diagnostics, Session, progress, editorProxyUrl, _pages,
            searchAfterPages: true);
        return (site, diagnostics.Sorted());
    }

    /// <summary>Files a watcher saw change (full paths): read again at the next render.</summary>
    public void Changed(IEnumerable<string> fullPaths) => Session.Changed(fullPaths);

    /// <summary>The watcher may have missed changes (its buffer overflowed): the next render walks the whole content folder.</summary>
    public void ChangedUnknown() => Session.ChangedUnknown();

    /// <summary>Forgets everything kept: after a render that threw, which may have left it half updated, the next one starts clean.</summary>
    public void Restart() => _session = NewSession();

    /// <summary>Removes the folder of rendered pages.</summary>
    public void Dispose() => Output.SafeDelete.TryEntry(_folder);
}
