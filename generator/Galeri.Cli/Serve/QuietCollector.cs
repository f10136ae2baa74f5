using System.Runtime;

namespace Galeri.Cli.Serve;

/// <summary>
/// Keeps garbage collection out of the time between a save and the page showing it. A rebuild of a
/// large catalog allocates some 150 MB, which would cost several collections (about 100 ms at
/// 10,000 entries) in the middle of it. So, while the server is idle after a rebuild, a no-GC region
/// of <see cref="Budget"/> is opened (the runtime collects first when it needs the room, which is
/// then idle time); the next rebuild, and the page reloads it causes, run inside it, and the next
/// idle moment ends it and opens a new one. Allocating more than the budget simply ends it early.
/// </summary>
public sealed class QuietCollector
{
    /// <summary>Room for one rebuild's allocations (10,000 entries: about 160 MB).</summary>
    public const long Budget = 240L * 1024 * 1024;

    private readonly Lock _gate = new();

    /// <summary>Opens the region (collecting first if the runtime needs to); call when idle. False when the runtime cannot give the room.</summary>
    public bool Prepare()
    {
        lock (_gate)
        {
            try
            {
                // The last rebuild's region ends here, in idle time, not right after the rebuild: the
                // collection it lets happen would otherwise delay the pages reloading.
                if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
                return GC.TryStartNoGCRegion(Budget);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
            {
                return false; // a runtime with smaller limits: rebuilds just collect as usual
            }
        }
    }
}
