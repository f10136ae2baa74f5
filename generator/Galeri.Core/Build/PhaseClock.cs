using System.Diagnostics;

namespace Galeri.Build;

/// <summary>Measures the pipeline phase by phase, for the build summary and for finding slow phases.</summary>
public sealed class PhaseClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string, TimeSpan)> _timings = [];

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Timings => _timings;

    public void Lap(string phase)
    {
        _timings.Add((phase, _clock.Elapsed));
        _clock.Restart();
    }
}
