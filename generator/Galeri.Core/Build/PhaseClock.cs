using System.Diagnostics;

namespace Galeri.Build;

/// <summary>Measures the pipeline phase by phase, for the build summary and for finding slow phases.</summary>
internal sealed class PhaseClock(IProgress<BuildProgress>? progress = null)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string, TimeSpan)> _timings = [];

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Timings => _timings;

    /// <summary>Tells the progress display that a phase starts, with its item count when known.</summary>
    public void Begin(string phase, int total = 0) => progress?.Report(new BuildProgress(phase, 0, total));

    public void Lap(string phase)
    {
        _timings.Add((phase, _clock.Elapsed));
        _clock.Restart();
    }
}
