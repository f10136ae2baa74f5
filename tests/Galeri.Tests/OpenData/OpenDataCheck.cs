using System.Diagnostics;
using System.Text.Json;
using Galeri.Tests.Support;

namespace Galeri.Tests.OpenData;

/// <summary>
/// Runs tests/opendata-check/check.js: the Frictionless Data implementation for JavaScript (npm
/// <c>datapackage</c>) validates a published data/ folder, descriptor and CSV rows. Without node or the
/// installed package the test is skipped on a developer machine and fails in CI (CI=true).
/// </summary>
public static class OpenDataCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "opendata-check");

    private static readonly JsonSerializerOptions ReportJson = new() { PropertyNameCaseInsensitive = true };

    public sealed record Report(bool Valid, IReadOnlyList<string> Errors, IReadOnlyDictionary<string, int> Rows);

    public static async Task<Report> Validate(string dataFolder)
    {
        var node = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "node")).FirstOrDefault(File.Exists);
        if (node is null || !Directory.Exists(Path.Combine(Folder, "node_modules", "datapackage")))
        {
            const string message = "node atau paket npm datapackage (tests/opendata-check) tidak terpasang: paket data terbuka tidak divalidasi. Jalankan npm ci di tests/opendata-check.";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail(message);
            Assert.Skip(message);
        }
        var start = new ProcessStartInfo(node) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("check.js");
        start.ArgumentList.Add(dataFolder);
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()
            ?? throw new InvalidOperationException("check.js printed nothing: " + await stderr);
        return JsonSerializer.Deserialize<Report>(line, ReportJson)!;
    }
}
