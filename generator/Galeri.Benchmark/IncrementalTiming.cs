using System.Diagnostics;
using System.Globalization;
using Galeri.Build;

namespace Galeri.Benchmark;

/// <summary>
/// Times what <c>galeri serve</c> does after a save, in process: the first build, a rebuild with
/// nothing changed, and rebuilds after an edit to one entry (a different entry each run). Prints
/// the median and the phases of the median edit.
/// </summary>
public static class IncrementalTiming
{
    public static void Run(string content, string theme, int size, int runs)
    {
        using var session = new LiveBuild(content, theme); // what galeri serve keeps
        var first = Time(() => Build(session));
        var entries = Directory.GetDirectories(Path.Combine(content, "inovasi")).Order(StringComparer.Ordinal).ToList();
        // What serve sees when a file is saved without a change: the watcher reports it, nothing differs.
        var unchanged = Enumerable.Range(0, runs).Select(run =>
        {
            var file = Path.Combine(entries[(run * 104729 + 7) % entries.Count], "index.md");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
            session.Changed([file]);
            return Time(() => Build(session));
        }).OrderBy(t => t.Seconds).ToList();
        var edits = new List<(double Seconds, RenderedSite Site, double GcMs, long AllocatedMb)>();
        for (var run = 0; run < runs; run++)
        {
            var file = Path.Combine(entries[(run * 7919 + 13) % entries.Count], "index.md");
            var original = File.ReadAllText(file);
            File.WriteAllText(file, original.Replace("\nringkasan: ", $"\nringkasan: Suntingan {run}. ", StringComparison.Ordinal));
            session.Changed([file]);
            edits.Add(Time(() => Build(session)));
            File.WriteAllText(file, original);
            session.Changed([file]);
            Build(session).MakeDeferred();
        }
        edits.Sort((a, b) => a.Seconds.CompareTo(b.Seconds));
        var median = edits[edits.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,8} {first.Seconds,9:0.000} {unchanged[unchanged.Count / 2].Seconds,12:0.000} {median.Seconds,9:0.000} {median.Site.PagesRendered,9} {median.GcMs,7:0} {median.AllocatedMb,7}  {Phases(median.Site)}"));
    }

    // As galeri serve does while idle between saves (see QuietCollector).
    private static readonly Galeri.Cli.Serve.QuietCollector Collector = new();

    private static RenderedSite Build(LiveBuild session)
    {
        var (site, diagnostics) = session.Render();
        return site ?? throw new InvalidOperationException(string.Join('\n', diagnostics));
    }

    private static (double Seconds, RenderedSite Site, double GcMs, long AllocatedMb) Time(Func<RenderedSite> build)
    {
        Collector.Prepare(); // idle time in serve, not part of the rebuild
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var site = build();
        var seconds = clock.Elapsed.TotalSeconds;
        // What serve does after the browsers were told to reload (the search data), outside the timed rebuild.
        var after = site.MakeDeferred();
        return (seconds, site with { Phases = [.. site.Phases, .. after.Select(p => (p.Phase + " after", p.Elapsed))] },
            (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, (GC.GetTotalAllocatedBytes() - allocated) / 1048576);
    }

    private static string Phases(RenderedSite site) =>
        string.Join(", ", site.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Elapsed.TotalMilliseconds:0}")));
}
