using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// <c>galeri serve</c> running as a process on a free loopback port over a copy of the small test
/// content, with what it prints kept line by line, and ways to wait for a page or a line (a
/// rebuild takes a moment after a save). Stopped and cleaned up on dispose.
/// </summary>
public sealed class ServedSite : IDisposable
{
    private Process? _server;

    public TempDirectory Temp { get; } = new();
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
    public ConcurrentQueue<string> Stdout { get; } = new();
    public ConcurrentQueue<string> Stderr { get; } = new();

    public string ContentFolder => Path.Combine(Temp.Path, "content");

    /// <summary>The server's process id, once started.</summary>
    public int ProcessId => _server?.Id ?? throw new InvalidOperationException("not started");

    public string Entry(string slug) => Path.Combine(ContentFolder, "inovasi", slug, "index.md");

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <returns>The site's address.</returns>
    public string Start(string basePath = "/", params string[] flags) => StartOn(MiniContent.BaseFolder, basePath, flags);

    /// <summary>Serves a copy of <paramref name="content"/> (the sample, say) instead of the small test content.</summary>
    /// <returns>The site's address.</returns>
    public string StartOn(string content, string basePath = "/", params string[] flags)
    {
        DirectoryCopy.Copy(content, ContentFolder);
        var port = FreePort();
        string[] args = ["serve", "--theme", RepoPaths.Theme, "--port", port.ToString(CultureInfo.InvariantCulture), .. basePath == "/" ? [] : new[] { "--base-path", basePath }, .. flags];
        _server = Process.Start(GaleriProcess.StartInfo(Temp.Path, args).AsTerminal())!;
        _server.OutputDataReceived += (_, e) => { if (e.Data is not null) Stdout.Enqueue(e.Data); };
        _server.ErrorDataReceived += (_, e) => { if (e.Data is not null) Stderr.Enqueue(e.Data); };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        return $"http://127.0.0.1:{port}{basePath}";
    }

    /// <summary>Polls until the page satisfies <paramref name="done"/>.</summary>
    public async Task<(HttpStatusCode Status, string Body)> WaitFor(string url, Func<HttpStatusCode, string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        (HttpStatusCode, string) last = (0, "");
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = await Http.GetAsync(url, TestContext.Current.CancellationToken);
                last = (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                if (done(last.Item1, last.Item2)) return last;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.False(_server!.HasExited, "the server stopped");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"{url} never got there; last {last.Item1}: {last.Item2[..Math.Min(300, last.Item2.Length)]}");
        return last;
    }

    /// <summary>Waits until the server has printed a line that matches.</summary>
    public static async Task<string> WaitForLine(ConcurrentQueue<string> lines, Func<string, bool> match, string what)
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

    public void Dispose()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(5000);
        }
        _server?.Dispose();
        Http.Dispose();
        Temp.Dispose();
    }
}
