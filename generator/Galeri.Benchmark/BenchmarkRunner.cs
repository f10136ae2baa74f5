using System.Diagnostics;
using System.Globalization;

namespace Galeri.Benchmark;

/// <summary>
/// Times <c>galeri build</c> as users run it (a separate process, start-up included) on synthetic
/// catalogs (1,000 and 10,000 entries unless sizes are given; kept in <c>bench-data/&lt;size&gt;/content</c> and
/// reused). Prints wall seconds (median of the timed runs), milliseconds per entry, each run's peak
/// memory and the phases. <c>--build-only</c> skips the check, search-size and search-page timings. Usage: <c>dotnet run -c Release --project generator/Galeri.Benchmark [-- 1000 10000 50000 --runs 3 --theme DIR --build-only | --search-only [--site DIR] | --check-only | --search-files CONTENT --site BUILT --output DIR]</c>
/// </summary>
public static class BenchmarkRunner
{
    public static int Run(string[] args)
    {
        var runs = int.Parse(ReadOption(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        var root = FindRepositoryRoot();
        var theme = ReadOption(args, "--theme") ?? Path.Combine(root, "theme");
        var sizes = args.Where((a, i) => int.TryParse(a, out _) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal)))
            .Select(int.Parse).ToList();
        if (sizes.Count == 0) sizes = [1000, 10000];
        var work = Path.Combine(root, "bench-data");
        var galeri = Path.Combine(AppContext.BaseDirectory, "galeri.dll");
        if (ReadOption(args, "--search-files") is { } searchContent)
            return SearchFilesOnly.Run(searchContent, ReadOption(args, "--site") ?? throw new ArgumentException("--search-files needs --site BUILT"),
                ReadOption(args, "--output") ?? throw new ArgumentException("--search-files needs --output DIR"));

        if (args.Contains("--search-only"))
        {
            // Re-time the search page of sites the benchmark already built (after changing only the theme's JS),
            // or of one built site given by --site DIR (its size is the first size given).
            if (ReadOption(args, "--site") is { } builtSite)
            {
                SearchTiming.Run(Path.GetFullPath(builtSite), sizes[0]);
                return 0;
            }
            foreach (var size in sizes.Order())
                SearchTiming.Run(Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "public"), size);
            return 0;
        }

        if (args.Contains("--check-only"))
        {
            foreach (var size in sizes.Order())
            {
                var content = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "content");
                SyntheticContent.Ensure(content, size);
                CheckTiming.Run(root, galeri, content, size, runs);
            }
            return 0;
        }

        if (args.Contains("--incremental"))
        {
            Console.WriteLine($"galeri serve rebuilds, in process — {Environment.ProcessorCount} cores, median of {runs}");
            Console.WriteLine($"{"entries",8} {"first s",9} {"no change s",12} {"edit s",9} {"rendered",9} {"gc ms",7} {"MB",7}  phases of the median edit (ms; 'search after': made once the browsers reload, outside the rebuild; gc ms = GC pauses, MB = allocated)");
            foreach (var size in sizes.Order())
            {
                var content = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "content");
                SyntheticContent.Ensure(content, size);
                if (!args.Contains("--serve-only")) IncrementalTiming.Run(content, theme, size, runs);
            }
            Console.WriteLine();
            foreach (var size in sizes.Order().Where(_ => !args.Contains("--no-serve")))
                ServeTiming.Run(galeri, Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "content"), theme, size, runs, args.Contains("--verbose"));
            Console.WriteLine("Goals at 10,000 entries: an edit visible in under 0.3 s, a no-change rebuild under 0.5 s.");
            return 0;
        }

        Console.WriteLine($"galeri build benchmark — {Environment.ProcessorCount} cores, {runs} timed runs per size after one warm-up, .NET {Environment.Version}");
        Console.WriteLine($"{"entries",8} {"pages",8} {"median s",9} {"min s",7} {"fresh s",8} {"cached s",9} {"edit s",7} {"ms/entry",9} {"peak MB",8} {"cached MB",10} {"edit MB",8}  phases (ms) of the median clean run | of the edit run");
        foreach (var size in sizes.Order())
        {
            var content = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "content");
            var output = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "public");
            SyntheticContent.Ensure(content, size);
            var warmup = Build(galeri, content, theme, output);
            if (warmup.ExitCode != 0)
            {
                Console.Error.WriteLine(warmup.Output);
                return 1;
            }
            // The warm-up draws the share images not yet in the cache (all of them after galeri itself changed).
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8} warm-up {warmup.Seconds:0.00} s, {Megabytes(warmup.PeakKb)} MB  {Phases(warmup.Output)}"));
            // Timed runs rebuild everything (--clean) and replace the previous output; one more run
            // writes into a fresh folder. Then, with the build cache: a rebuild with nothing changed,
            // and one after editing one entry.
            var timed = Enumerable.Range(0, runs).Select(_ => Build(galeri, content, theme, output, "--clean")).OrderBy(r => r.Seconds).ToList();
            Directory.Delete(output, recursive: true);
            var fresh = Build(galeri, content, theme, output, "--clean");
            var cached = Build(galeri, content, theme, output);
            var edited = Path.Combine(content, "inovasi", Directory.GetDirectories(Path.Combine(content, "inovasi")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ElementAt(size / 2)!, "index.md");
            var original = File.ReadAllText(edited);
            File.WriteAllText(edited, original.Replace("\nringkasan: ", "\nringkasan: Suntingan. ", StringComparison.Ordinal));
            var edit = Build(galeri, content, theme, output);
            File.WriteAllText(edited, original);
            var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
            var median = timed[timed.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8} {pages,8} {median.Seconds,9:0.00} {timed[0].Seconds,7:0.00} {fresh.Seconds,8:0.00} {cached.Seconds,9:0.00} {edit.Seconds,7:0.00} {median.Seconds * 1000 / size,9:0.00} {Megabytes(median.PeakKb),8} {Megabytes(cached.PeakKb),10} {Megabytes(edit.PeakKb),8}  {Phases(median.Output)} | {Phases(edit.Output)}"));
        }
        Console.WriteLine("Goals (issue 15): ms/entry at 50,000 within 1.3x of 1,000; 50,000 entries: clean ≤ 30 s, edit ≤ 5 s, peak ≤ 2,000 MB.");
        if (args.Contains("--build-only")) return 0;
        Console.WriteLine();
        foreach (var size in sizes.Order())
            CheckTiming.Run(root, galeri, Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "content"), size, runs);
        Console.WriteLine();
        Console.WriteLine("Search data per entry (index + store; goal ≤ 1 KB gzipped):");
        foreach (var size in sizes.Order())
        {
            var search = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "public", "assets", "search");
            var (raw, gzipped, _) = SearchDataSize.Of(search);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8} entries: {raw / 1024.0 / 1024.0,6:0.0} MB raw, {gzipped / 1024.0 / 1024.0,6:0.00} MB gzipped, {(double)gzipped / size,6:0} B gzipped per entry"));
        }
        Console.WriteLine();
        Console.WriteLine("Search page in headless Chromium (opened from disk):");
        foreach (var size in sizes.Order())
            SearchTiming.Run(Path.Combine(work, size.ToString(CultureInfo.InvariantCulture), "public"), size);
        return 0;
    }

    private static string Megabytes(long? kilobytes) => kilobytes is { } kb ? (kb / 1024.0).ToString("0", CultureInfo.InvariantCulture) : "n/a";

    /// <returns>Exit code, wall seconds, what it printed, and its peak resident memory (see <see cref="ChildProcessMemory.PeakKilobytes"/>).</returns>
    private static (int ExitCode, double Seconds, string Output, long? PeakKb) Build(string galeri, string content, string theme, string output, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[galeri, "build", "--content", content, "--theme", theme, "--output", output, "--verbose", .. extra]) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long? peak = null;
        // The kernel's high-water mark of this process, read until it ends (it only grows, so the last read is its peak but for the last moments).
        while (!process.WaitForExit(50)) peak = ChildProcessMemory.PeakKilobytes(process.Id) ?? peak;
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        return (process.ExitCode, seconds, stdout.Result + stderr.Result, peak);
    }

    /// <summary>"read 250 ms, parse 1300 ms, ..." from the lines <c>galeri build --verbose</c> prints.</summary>
    private static string Phases(string output) =>
        string.Join(", ", output.Split('\n')
            .Select(line => line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 3 && parts[2] == "ms")
            .Select(parts => $"{parts[0]} {parts[1]}"));

    private static string? ReadOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GaleriInovasi.sln"))) directory = directory.Parent;
        return directory?.FullName ?? Environment.CurrentDirectory;
    }
}
