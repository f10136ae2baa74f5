using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// What <c>galeri serve</c> prints in a terminal log: one plain line per build, the address once,
/// and with <c>--quiet</c> only the address and errors.
/// </summary>
public sealed class ServeOutputTests : IDisposable
{
    private static readonly Regex Rebuilt = new(@"^Dibangun ulang: (?<rendered>\d+) halaman dirender, (?<reused>\d+) dipakai ulang, \d+ peringatan, \d+\.\d\d detik$");

    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private Process? _server;

    public void Dispose()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(5000);
        }
        _server?.Dispose();
        _http.Dispose();
        _temp.Dispose();
    }

    /// <returns>The site's address.</returns>
    private string Start(params string[] flags)
    {
        MiniContent.WriteTo(_temp.Path);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var start = GaleriProcess.StartInfo(_temp.Path, ["serve", "--theme", RepoPaths.Theme, "--port", port.ToString(CultureInfo.InvariantCulture), .. flags]).AsTerminal();
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, e) => { if (e.Data is not null) _stdout.Enqueue(e.Data); };
        _server.ErrorDataReceived += (_, e) => { if (e.Data is not null) _stderr.Enqueue(e.Data); };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        return $"http://127.0.0.1:{port}/";
    }

    private static async Task<string> WaitForLine(ConcurrentQueue<string> lines, Func<string, bool> match, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (lines.FirstOrDefault(match) is { } line) return line;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"no line {what} in:\n{string.Join('\n', lines)}");
        return "";
    }

    private async Task WaitForPage(string url, string text)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = await _http.GetAsync(url, TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Contains(text)) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.False(_server!.HasExited, "the server stopped");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"{url} never showed \"{text}\"");
    }

    private string Entry => Path.Combine(_temp.Path, "content", "inovasi", "data-go", "index.md");

    [Fact]
    public async Task Each_rebuild_prints_one_plain_line_with_pages_rendered_and_reused()
    {
        var site = Start();
        var built = await WaitForLine(_stdout, l => l.StartsWith("Dibangun:", StringComparison.Ordinal), "Dibangun:");
        var first = Regex.Match(built, @"^Dibangun: (\d+) halaman, 2 inovasi, \d+ peringatan, \d+\.\d\d detik$");
        Assert.True(first.Success, built);
        var pages = int.Parse(first.Groups[1].Value);
        await WaitForLine(_stdout, l => l.StartsWith($"Galeri Inovasi berjalan di {site}", StringComparison.Ordinal), "with the address");

        File.WriteAllText(Entry, File.ReadAllText(Entry).Replace("nama: Data Go", "nama: Data Go Terbuka"));
        var rebuilt = Rebuilt.Match(await WaitForLine(_stdout, l => l.StartsWith("Dibangun ulang:", StringComparison.Ordinal), "Dibangun ulang:"));

        Assert.True(rebuilt.Success, string.Join('\n', _stdout));
        Assert.InRange(int.Parse(rebuilt.Groups["rendered"].Value), 1, pages);
        Assert.Equal(pages, int.Parse(rebuilt.Groups["rendered"].Value) + int.Parse(rebuilt.Groups["reused"].Value));
        Assert.DoesNotContain(_stdout.Concat(_stderr), l => l.Contains('\u001b'));
    }

    [Fact]
    public async Task Quiet_prints_the_address_once_and_then_only_errors()
    {
        var site = Start("--quiet");
        await WaitForLine(_stdout, l => l.StartsWith($"Galeri Inovasi berjalan di {site}", StringComparison.Ordinal), "with the address");
        File.WriteAllText(Entry, File.ReadAllText(Entry).Replace("nama: Data Go", "nama: Data Go Terbuka"));
        await WaitForPage(site + "inovasi/data-go/", "Data Go Terbuka");

        File.WriteAllText(Entry, File.ReadAllText(Entry).Replace("opd: diskominsta", "opd: diskominfo"));
        await WaitForLine(_stderr, l => l.StartsWith("Gagal: 1 kesalahan.", StringComparison.Ordinal), "Gagal:");

        // Rebuilds run one at a time: by the error's report, the good rebuild before it has printed all it would.
        Assert.Contains(_stderr, l => l.Contains("inovasi/data-go/index.md:3:1 error opd: OPD \"diskominfo\" tidak dikenal", StringComparison.Ordinal));
        Assert.Equal([$"Galeri Inovasi berjalan di {site}  (Ctrl+C untuk berhenti)"], _stdout);
        Assert.DoesNotContain(_stderr, l => l.Contains(" warning ", StringComparison.Ordinal) || l.StartsWith("Dibangun", StringComparison.Ordinal));
    }
}
