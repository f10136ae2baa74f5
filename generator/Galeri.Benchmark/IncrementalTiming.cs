using System.Diagnostics;
using System.Globalization;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Incremental;

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
        var session = new BuildSession();
        var first = Time(() => Build(content, theme, session));
        var unchanged = Enumerable.Range(0, runs).Select(_ => Time(() => Build(content, theme, session))).OrderBy(t => t.Seconds).ToList();
        var entries = Directory.GetDirectories(Path.Combine(content, "inovasi")).Order(StringComparer.Ordinal).ToList();
        var edits = new List<(double Seconds, RenderedSite Site)>();
        for (var run = 0; run < runs; run++)
        {
            var file = Path.Combine(entries[(run * 7919 + 13) % entries.Count], "index.md");
            var original = File.ReadAllText(file);
            File.WriteAllText(file, original.Replace("\nringkasan: ", $"\nringkasan: Suntingan {run}. ", StringComparison.Ordinal));
            session.Changed([file]);
            edits.Add(Time(() => Build(content, theme, session)));
            File.WriteAllText(file, original);
            session.Changed([file]);
            Build(content, theme, session);
        }
        edits.Sort((a, b) => a.Seconds.CompareTo(b.Seconds));
        var median = edits[edits.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size,8} {first.Seconds,9:0.000} {unchanged[unchanged.Count / 2].Seconds,12:0.000} {median.Seconds,9:0.000} {median.Site.PagesRendered,9}  {Phases(median.Site)}"));
    }

    private static RenderedSite Build(string content, string theme, BuildSession session)
    {
        var diagnostics = new DiagnosticBag();
        return SiteBuilder.Render(content, theme, null, diagnostics, session)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
    }

    private static (double Seconds, RenderedSite Site) Time(Func<RenderedSite> build)
    {
        var clock = Stopwatch.StartNew();
        var site = build();
        return (clock.Elapsed.TotalSeconds, site);
    }

    private static string Phases(RenderedSite site) =>
        string.Join(", ", site.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Elapsed.TotalMilliseconds:0}")));
}
