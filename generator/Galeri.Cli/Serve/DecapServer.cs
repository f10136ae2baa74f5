using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Galeri.Cli.Serve;

/// <summary>
/// Decap CMS's local backend (npm <c>decap-server</c>) for <c>galeri serve --editor</c>: a Node.js
/// child process on a free loopback port that reads and writes the content folder directly
/// ("fs" mode, no git), answering only the serve page's origin. Stopped with serve.
/// </summary>
public sealed class DecapServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;

    private DecapServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The address the editor's configuration points at.</summary>
    public string ApiUrl => $"http://127.0.0.1:{Port}/api/v1";

    /// <summary>decap-server's script: the theme's (a devDependency, installed by building galeri), else a global install.</summary>
    public static string? Locate(string themeDirectory)
    {
        var local = Path.Combine(themeDirectory, "node_modules", "decap-server", "dist", "index.js");
        if (File.Exists(local)) return local;
        // npm install -g links its bin to dist/index.js.
        return OnPath("decap-server") is { } global ? ResolveLink(global) : null;
    }

    /// <returns>The running server, or null with the reason (in Indonesian) when it cannot start.</returns>
    public static async Task<(DecapServer? Server, string? Error)> StartAsync(string themeDirectory, string contentDirectory, int servePort, bool verbose, CancellationToken cancel)
    {
        if (OnPath("node") is null)
            return (null, "galeri serve --editor memerlukan Node.js (perintah node) untuk menjalankan server lokal editor. Pasang Node.js (Debian: apt-get install -y nodejs npm), lalu jalankan lagi.");
        if (Locate(themeDirectory) is not { } script)
            return (null, "galeri serve --editor memerlukan paket npm decap-server, yang tidak ditemukan di folder tema maupun di PATH. Pasang dengan: npm install -g decap-server, lalu jalankan lagi.");
        var port = FreePort();
        var start = new ProcessStartInfo(script.EndsWith(".js", StringComparison.Ordinal) ? "node" : script)
        {
            // Not the site's folder: decap-server reads a .env file from its working folder.
            WorkingDirectory = Path.GetDirectoryName(script)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (script.EndsWith(".js", StringComparison.Ordinal)) start.ArgumentList.Add(script);
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["ORIGIN"] = $"http://127.0.0.1:{servePort}";
        start.Environment["MODE"] = "fs";
        start.Environment["GIT_REPO_DIRECTORY"] = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory)))!;
        start.Environment["LOG_LEVEL"] = verbose ? "info" : "warn";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Relay(e.Data, verbose);
        process.ErrorDataReceived += (_, e) => Relay(e.Data, verbose: true);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new DecapServer(process, port);
        if (await server.WaitUntilListeningAsync(cancel)) return (server, null);
        server.Dispose();
        return (null, $"Server lokal editor (decap-server) tidak dapat dijalankan di port {port}. Jalankan lagi dengan --verbose untuk melihat pesannya.");
    }

    /// <summary>Waits until the port accepts connections, the process has ended, or the time is up.</summary>
    private async Task<bool> WaitUntilListeningAsync(CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout && !_process.HasExited && !cancel.IsCancellationRequested)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, Port, cancel);
                return true;
            }
            catch (SocketException)
            {
                // Not listening yet: Node.js takes a moment to load express.
                await Task.WhenAny(_process.WaitForExitAsync(cancel), Task.Delay(100, cancel));
            }
        }
        return false;
    }

    private static void Relay(string? line, bool verbose)
    {
        if (line is not null && verbose) Console.Error.WriteLine("decap-server: " + Galeri.Text.TerminalText.Escape(line));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, command)).FirstOrDefault(File.Exists);

    private static string ResolveLink(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
