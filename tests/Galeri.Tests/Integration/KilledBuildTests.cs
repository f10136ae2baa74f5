using System.Diagnostics;
using System.Text.RegularExpressions;
using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// kill -9 of <c>galeri build</c> at random moments of an incremental write of a few hundred
/// changed files: after every kill the output folder is exactly the old site or exactly the new
/// one (never a mix), and the next build leaves no temporary name anywhere, inside or beside it.
/// </summary>
public partial class KilledBuildTests
{
    private const int Entries = 200;
    private const int Kills = 20;

    [Fact]
    public async Task A_build_killed_during_its_write_leaves_the_old_or_the_new_site()
    {
        using var temp = new TempDirectory();
        // Two versions of one catalog: every entry page (and the search index) differs between them.
        string[] contents = [SyntheticCatalog.WriteTo(temp.Combine("versi-1"), Entries, 1), SyntheticCatalog.WriteTo(temp.Combine("versi-2"), Entries, 2)];
        var expected = new string[2];
        for (var v = 0; v < 2; v++)
        {
            var clean = temp.Combine($"bersih-{v + 1}");
            Assert.True(SiteBuilder.Build(new BuildOptions(contents[v], RepoPaths.Theme, clean)).Written);
            expected[v] = FolderState.Hash(clean);
        }
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(contents[0], RepoPaths.Theme, output)).Written);
        var current = 0;

        // Two builds without a kill: how long the write phase takes here, to spread the kills over it. The
        // second one's, as the killed builds do: the first also makes the spare tree, and takes longer.
        var (code, _) = await BuildAsync(temp.Path, contents[1], output, killAfter: null);
        Assert.Equal(0, code);
        Assert.Equal(expected[1], FolderState.Hash(output));
        (code, var writeMs) = await BuildAsync(temp.Path, contents[0], output, killAfter: null);
        Assert.Equal(0, code);
        Assert.Equal(expected[0], FolderState.Hash(output));

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var kills = 0;
        var outcomes = new List<string>();
        for (var attempt = 0; kills < Kills && attempt < Kills * 3; attempt++)
        {
            var next = 1 - current;
            var delay = TimeSpan.FromMilliseconds(random.Next(0, (int)writeMs + 2));
            (code, _) = await BuildAsync(temp.Path, contents[next], output, delay);
            var state = FolderState.Hash(output);
            var old = state == expected[current];
            Assert.True(old || state == expected[next],
                $"after a kill {delay.TotalMilliseconds} ms into the write (seed {seed}, attempt {attempt}) the output is neither the old nor the new site");
            if (code != 0) kills++;
            outcomes.Add($"{delay.TotalMilliseconds:0}ms:{(code == 0 ? "selesai" : old ? "lama" : "baru")}");
            current = old ? current : next;
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"write {writeMs} ms; kills (delay: result): {string.Join(' ', outcomes)}");
        Assert.True(kills >= Kills, $"only {kills} builds were killed before they finished: {string.Join(' ', outcomes)}");

        // The next build finishes the job and leaves nothing temporary, inside the output or beside it.
        (code, _) = await BuildAsync(temp.Path, contents[1 - current], output, killAfter: null);
        Assert.Equal(0, code);
        Assert.Equal(expected[1 - current], FolderState.Hash(output));
        Assert.Empty(FolderState.Temporaries(temp.Path));
        Assert.Equal([".galeri-cache", "bersih-1", "bersih-2", "public", "versi-1", "versi-2"],
            Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Runs <c>galeri build --verbose</c>; with <paramref name="killAfter"/>, kills it (SIGKILL) that
    /// long after it announces its write phase ("Tahap: menulis"), unless it finished first.
    /// </summary>
    /// <returns>The exit code (137 when killed) and the write phase's time as the build reported it.</returns>
    private static async Task<(int Code, double WriteMs)> BuildAsync(string folder, string content, string output, TimeSpan? killAfter)
    {
        var start = GaleriProcess.StartInfo(folder, ["build", "--content", content, "--theme", RepoPaths.Theme, "--output", output, "--verbose"]);
        using var process = new Process { StartInfo = start };
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writeMs = 0.0;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            if (e.Data.StartsWith("Tahap: menulis", StringComparison.Ordinal)) writing.TrySetResult();
            if (WritePhase().Match(e.Data) is { Success: true } m) writeMs = double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var cancel = TestContext.Current.CancellationToken;
        if (killAfter is { } delay)
        {
            await Task.WhenAny(writing.Task, process.WaitForExitAsync(cancel)).WaitAsync(TimeSpan.FromMinutes(2), cancel);
            if (!process.HasExited)
            {
                Thread.Sleep(delay); // a random moment of the write: precise to the millisecond, unlike Task.Delay
                try
                {
                    process.Kill();
                }
                catch (InvalidOperationException)
                {
                    // it finished in the meantime
                }
            }
        }
        await process.WaitForExitAsync(cancel).WaitAsync(TimeSpan.FromMinutes(2), cancel);
        return (process.ExitCode, writeMs);
    }

    [GeneratedRegex(@"^\s*write\s+(\d+) ms")]
    private static partial Regex WritePhase();
}
