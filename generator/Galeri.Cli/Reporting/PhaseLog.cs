using Galeri.Build;

namespace Galeri.Cli.Reporting;

/// <summary>Plain <c>--verbose</c> progress: one line as each phase starts, never one per page. Thread-safe.</summary>
public sealed class PhaseLog(TextWriter writer) : IProgress<BuildProgress>
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);

    public void Report(BuildProgress value)
    {
        lock (_lock)
        {
            if (!_started.Add(value.Phase)) return;
            writer.WriteLine($"Tahap: {PhaseLabels.Describe(value.Phase, value.Done, value.Total, counting: false)}");
        }
    }
}
