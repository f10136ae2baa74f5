using Galeri.Diagnostics;

namespace Galeri.Build;

/// <param name="Written">Whether the output folder was replaced by this build.</param>
public sealed record BuildResult(bool Written, IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, int Entries, TimeSpan Elapsed)
{
    /// <summary>Wall time of each phase, in pipeline order.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
