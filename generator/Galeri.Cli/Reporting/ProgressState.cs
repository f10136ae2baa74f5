using Galeri.Build;

namespace Galeri.Cli.Reporting;

/// <summary>
/// Where the build is now, for the live display to read. Reports arrive from the build's worker
/// threads (in any order within a phase); the display reads <see cref="Current"/> from its own thread.
/// </summary>
public sealed class ProgressState : IProgress<BuildProgress>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private BuildProgress? _current;
    private bool _counting;

    public void Report(BuildProgress value)
    {
        lock (_lock)
        {
            if (_current is null || _current.Phase != value.Phase)
            {
                _current = value;
                _counting = value.Done > 0;
            }
            else if (value.Done > _current.Done)
            {
                _current = value;
                _counting = true;
            }
            if (value.Total > 0) _totals[value.Phase] = value.Total;
        }
    }

    /// <summary>The phase running now, and whether it reports how many items are done (so a bar can show them).</summary>
    public (BuildProgress? Progress, bool Counting) Current
    {
        get
        {
            lock (_lock) return (_current, _counting || _current?.Phase == "render");
        }
    }

    /// <summary>Each phase's item count, where it reported one.</summary>
    public IReadOnlyDictionary<string, int> Totals
    {
        get
        {
            lock (_lock) return new Dictionary<string, int>(_totals, StringComparer.Ordinal);
        }
    }
}
