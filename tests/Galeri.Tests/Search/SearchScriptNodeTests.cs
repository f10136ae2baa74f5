using System.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Search;

/// <summary>
/// The search page's own unit tests are node:test files in <c>theme/test/</c> (query parsing,
/// ranking, facets, the address, highlighting, and that the committed bundle equals a fresh esbuild
/// run). This runs them, so <c>dotnet test</c> covers them. Without node the test is skipped on a
/// developer machine and fails in CI (CI=true).
/// </summary>
public class SearchScriptNodeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_theme_node_tests_pass()
    {
        var node = FindOnPath("node");
        if (node is null)
        {
            const string message = "node tidak terpasang: tes skrip pencarian (theme/test) tidak dijalankan. Debian: apt-get install -y nodejs npm";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail(message);
            Assert.Skip(message);
        }

        // The same files as `npm test` in theme/ (node --test test/*.test.js), listed here so no shell is needed.
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Theme, "test"), "*.test.js").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = RepoPaths.Theme,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add("--test-reporter=tap");
        foreach (var file in files) start.ArgumentList.Add(Path.GetRelativePath(RepoPaths.Theme, file));

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node --test did not finish in {Timeout.TotalMinutes} minutes");
        }
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"node --test failed (exit {process.ExitCode}) in theme/:\n{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
