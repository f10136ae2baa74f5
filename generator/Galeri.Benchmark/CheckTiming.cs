using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Galeri.Benchmark;

/// <summary>
/// How fast <c>galeri check</c> answers on one entry file, as an editor or a pre-commit hook runs it:
/// a new process each time, so start-up is most of it. Timed for galeri as built (JIT) and as
/// published for this machine's runtime with ReadyToRun (what <c>dotnet pack -r</c> and
/// <c>dotnet publish -r</c> make). Prints the median and the fastest of the runs, wall and CPU.
/// </summary>
public static class CheckTiming
{
    public static void Run(string repository, string galeriDll, string content, int entries, int runs)
    {
        var entry = Directory.GetDirectories(Path.Combine(content, "inovasi")).Order(StringComparer.Ordinal).First();
        var file = Path.Combine(entry, "index.md");
        Console.WriteLine($"galeri check on one entry file of {entries} (a new process per run, median of {runs}; goal: under 0.5 s):");
        Time("as built (JIT)", "dotnet", [galeriDll], file, runs);
        if (PublishReadyToRun(repository) is { } published)
            Time("ReadyToRun", published, [], file, runs);
    }

    private static void Time(string label, string program, string[] prefix, string file, int runs)
    {
        var times = new List<(double Wall, double Cpu)>();
        for (var i = 0; i <= runs; i++)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])[.. prefix, "check", file]) start.ArgumentList.Add(arg);
            var cpuBefore = ChildProcessMemory.CpuSeconds();
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var wall = clock.Elapsed.TotalSeconds;
            var cpu = ChildProcessMemory.CpuSeconds() - cpuBefore;
            if (process.ExitCode != 0) throw new InvalidOperationException($"galeri check failed: {stdout.Result}{stderr.Result}");
            if (i > 0) times.Add((wall, cpu)); // the first run warms the disk cache
        }
        var byWall = times.OrderBy(t => t.Wall).ToList();
        var median = byWall[byWall.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-16} median {median.Wall:0.000} s (CPU {median.Cpu:0.000} s), fastest {byWall[0].Wall:0.000} s"));
    }

    /// <summary>galeri published ReadyToRun for this machine into bench-data/galeri-r2r, or null when that fails (reported).</summary>
    private static string? PublishReadyToRun(string repository)
    {
        var output = Path.Combine(repository, "bench-data", "galeri-r2r");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["publish", Path.Combine(repository, "generator", "Galeri.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
                     "--self-contained", "false", "-o", output])
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode == 0) return Path.Combine(output, "galeri");
        Console.WriteLine($"  (ReadyToRun publish failed: {stdout.Result.Split('\n').LastOrDefault(l => l.Contains("error", StringComparison.Ordinal))}{stderr.Result})");
        return null;
    }
}
