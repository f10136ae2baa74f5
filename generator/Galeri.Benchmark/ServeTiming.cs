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
    public static void Run(string galeri, string content, string theme, int size, int runs, bool args_verbose = false)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { galeri, "serve", "--content", content, "--theme", theme, "--port", port.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
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
            var times = new List<double>();
            for (var run = 0; run < runs + 1; run++)
            {
                var folder = entries[(run * 7919 + 101) % entries.Count];
                var file = Path.Combine(folder, "index.md");
                var original = File.ReadAllText(file);
                var marker = $"Tanda{run}x{Environment.TickCount64}";
                var clock = Stopwatch.StartNew();
                File.WriteAllText(file, original.Replace("\nringkasan: ", $"\nringkasan: {marker} ", StringComparison.Ordinal));
                var url = $"inovasi/{Path.GetFileName(folder)}/";
                while (!http.GetStringAsync(url).Result.Contains(marker, StringComparison.Ordinal))
                {
                    if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("edit never appeared; galeri serve said:\n" + string.Join('\n', log));
                    Thread.Sleep(10);
                }
                if (run > 0) times.Add(clock.Elapsed.TotalSeconds); // the first edit warms up
                File.WriteAllText(file, original);
                Thread.Sleep(1500);
            }
            times.Sort();
            if (args_verbose) foreach (var line in log) Console.WriteLine("    serve: " + line);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8} entries: edit visible after {times[times.Count / 2]:0.000} s median, {times[0]:0.000}–{times[^1]:0.000} s (served by galeri serve, debounce included)"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
