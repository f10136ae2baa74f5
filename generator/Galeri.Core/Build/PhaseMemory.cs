namespace Galeri.Build;

/// <summary>
/// Gives memory back between the steps of a one-build run over a large catalog. The collector lets the
/// heap grow well past what is alive before it collects the oldest generation, so the garbage of one step
/// (62,000 rendered pages, the open-data documents) was still held when the next step added its own:
/// a clean build of 50,000 entries peaked at 4.4 GB. A full, compacting collection that returns the free
/// memory to the system at each boundary costs about a second there and brought the peak to 3.4 GB.
/// Below <see cref="LargeCatalog"/> entries the peak is small and the collections would only cost time.
/// </summary>
internal static class PhaseMemory
{
    public const int LargeCatalog = 20_000;

    /// <param name="oneBuild">Only for <c>galeri build</c>: <c>galeri serve</c>'s rebuilds must stay quick.</param>
    public static void Release(int entries, bool oneBuild)
    {
        if (oneBuild && entries >= LargeCatalog) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
