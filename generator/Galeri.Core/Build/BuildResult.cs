using Galeri.Diagnostics;

namespace Galeri.Build;

/// <param name="Written">Whether the build succeeded and the output folder holds its result.</param>
public sealed record BuildResult(bool Written, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, int Entries, TimeSpan Elapsed)
{
    /// <summary>Wall time of each phase, in pipeline order.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases { get; init; } = [];

    /// <summary>Pages rendered by this build; the others were unchanged since the cached build and reused.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Entries whose search terms this build analysed anew; the others' texts were unchanged and their terms kept in the build cache.</summary>
    public int SearchAnalysed { get; init; }

    /// <summary>Entries whose front matter or body this build read anew; the others' files were unchanged and their readings kept in the build cache.</summary>
    public int EntriesRead { get; init; }

    /// <summary>Output files written (new or changed content); the rest of <see cref="Files"/> were left as they were.</summary>
    public int FilesWritten { get; init; }

    public int FilesUnchanged => Files - FilesWritten;

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
