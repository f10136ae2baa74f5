using Galeri.Build;
using Galeri.Diagnostics;

namespace Galeri.Cli.Serve;

/// <summary>
/// What the server shows right now: the last site that built, and — while the content has errors —
/// those errors (every page then shows them until the file is fixed). Replaced whole on each rebuild.
/// </summary>
public sealed record SiteSnapshot(RenderedSite? Site, IReadOnlyList<Diagnostic> Errors, int Version)
{
    /// <summary>A rebuild that stopped with an exception instead of diagnostics: shown like errors until the next rebuild succeeds.</summary>
    public Failures.Failure? Failure { get; init; }

    public bool Failed => Errors.Count > 0 || Failure is not null;
}
