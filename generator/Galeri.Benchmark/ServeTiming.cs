using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Galeri.Benchmark;

/// <summary>
/// Times what an author sees: <c>galeri serve</c> runs as a process; an entry's file is edited, and
/// the clock stops when the served page shows the new text (watcher debounce and rebuild included).
/// </summary>
public static class ServeTiming
{
    public static void Run(string galeri, string content, string theme, int size, int runs, bool verbose = false)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { galeri, "serve", "--content", content, "--theme", theme, "--port", port.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        // Verbose: the server prints each rebuild's phases (and the search made after it) into the log shown.
        if (verbose) start.ArgumentList.Add("--verbose");
        using var process = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.BeginErrorReadLine();
        var ready = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            log.Enqueue(e.Data);
            if (e.Data.Contains("http://127.0.0.1", StringComparison.Ordinal)) ready.TrySetResult();
        };
        process.BeginOutputReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        try
        {
            if (!ready.Task.Wait(TimeSpan.FromMinutes(3))) throw new TimeoutException("galeri serve did not start");
            var entries = Directory.GetDirectories(Path.Combine(content, "inovasi")).Order(StringComparer.Ordinal).ToList();
            // As a browser does: listen for the reload event, then fetch the page once.
            using var events = new StreamReader(http.GetStreamAsync(LiveReloadPath).Result);
            var times = new List<double>();
            for (var run = 0; run < runs + 1; run++)
            {
                var folder = entries[(run * 7919 + 101) % entries.Count];
                var file = Path.Combine(folder, "index.md");
                var original = File.ReadAllText(file);
                var marker = $"Tanda{run}x{Environment.TickCount64}";
                var clock = Stopwatch.StartNew();
                try
                {
                    File.WriteAllText(file, original.Replace("\nringkasan: ", $"\nringkasan: {marker} ", StringComparison.Ordinal));
                    // As a browser does: each reload event fetches the page again. A reload may come from a rebuild
                    // that started before the save (the watcher's events of the moment before), so wait for the one that shows it.
                    var shown = false;
                    for (var reload = 0; reload < 5 && !shown; reload++)
                    {
                        WaitForReload(events);
                        shown = http.GetStringAsync($"inovasi/{Path.GetFileName(folder)}/").Result.Contains(marker, StringComparison.Ordinal);
                    }
                    var seconds = clock.Elapsed.TotalSeconds;
                    if (!shown) throw new InvalidOperationException("reloaded page lacks the edit; galeri serve said:\n" + string.Join('\n', log));
                    if (run > 0) times.Add(seconds); // the first edit warms up
                }
                finally
                {
                    File.WriteAllText(file, original);
                }
                WaitForReload(events);
                Thread.Sleep(2500); // an author's next save comes seconds later; serve prepares for it meanwhile
            }
            times.Sort();
            if (verbose) foreach (var line in log) Console.WriteLine("    serve: " + line);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8} entries: edit visible after {times[times.Count / 2]:0.000} s median, {times[0]:0.000}–{times[^1]:0.000} s (save → reload event → page fetched, through galeri serve)"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private const string LiveReloadPath = "__galeri/events";

    private static void WaitForReload(StreamReader events)
    {
        var read = Task.Run(() =>
        {
            while (events.ReadLine() is { } line)
                if (line == "data: reload") return;
            throw new EndOfStreamException("the event stream ended");
        });
        if (!read.Wait(TimeSpan.FromSeconds(60))) throw new TimeoutException("no reload event");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
