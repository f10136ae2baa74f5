using System.Diagnostics;
using System.Net;
using Galeri.Build;
using Galeri.Cli.Failures;
using Galeri.Cli.Reporting;
using Galeri.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Galeri.Text;

namespace Galeri.Cli.Serve;

/// <summary>
/// <c>galeri serve</c>: builds the site in memory, serves it on 127.0.0.1, rebuilds when content
/// or theme change, and reloads open pages. A content error never stops the server: the terminal
/// and the browser show it until the file is fixed.
/// </summary>
/// <param name="output">One plain line per build; live progress only for the first build, on a terminal. <c>--quiet</c>: errors and the address only.</param>
/// <param name="editor">Under <c>--editor</c>: the local decap-server the editor at admin/ saves through.</param>
public sealed class DevServer(string contentDirectory, string themeDirectory, int port, string basePath, OutputSettings output, DecapServer? editor = null)
{
    private readonly LiveReload _liveReload = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly QuietCollector _collector = new();

    // Kept for the whole run: each rebuild reads, parses and renders only what changed. Restarted
    // after a rebuild that threw, which may have left it half updated.
    private readonly LiveBuild _build = new(contentDirectory, themeDirectory, editor?.ApiUrl);
    private volatile SiteSnapshot _snapshot = new(null, [], 0);

    public async Task<int> RunAsync(CancellationToken stop)
    {
        try
        {
            return await ServeAsync(stop);
        }
        finally
        {
            _build.Dispose();
        }
    }

    private async Task<int> ServeAsync(CancellationToken stop)
    {
        // Watch from before the first build: a save made while it runs is built right after it, and the
        // first save after it reads only the files reported, without walking the whole content folder
        // (a read is trusted that way only when a watcher was already telling; at 50,000 entries the walk takes about 2 s).
        using var watcher = new SiteWatcher([contentDirectory, themeDirectory], changed => Rebuild(changed));
        _build.Changed([]);
        Rebuild(reason: null);
        // An empty host: no appsettings.json or ASPNETCORE_* settings from wherever galeri was started
        // (they could open the port to the network), and no file watcher on that folder. The default
        // builder watches the working directory recursively for appsettings.json; started from a big
        // tree, that used up the system's inotify watches and the content watcher then saw no saves.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, port));
        await using var app = builder.Build();
        var host = new SiteHost(() => _snapshot, _liveReload, basePath, port) { EditorApi = editor?.ApiUrl };
        app.Run(host.HandleAsync);
        try
        {
            await app.StartAsync(stop);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"galeri: port {port} sudah dipakai program lain. Pilih port lain, misalnya --port {port + 1}.");
            return ExitCodes.Usage;
        }

        Console.WriteLine($"Galeri Inovasi berjalan di http://127.0.0.1:{port}{basePath}  (Ctrl+C untuk berhenti)");
        if (editor is not null)
            Console.WriteLine($"Editor: http://127.0.0.1:{port}{basePath}{LiveBuild.EditorFolder}/  (tersimpan langsung ke {Path.GetFullPath(contentDirectory)})");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        await app.StopAsync(CancellationToken.None);
        if (!output.Quiet) Console.WriteLine("Server dihentikan.");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Builds again after a save. Whatever the content does, the server stays up: errors in it are
    /// diagnostics, and anything else a rebuild throws (a file deleted or made unreadable while it
    /// was read, a fault in galeri) is shown the same way until the next save builds.
    /// </summary>
    private void Rebuild(IReadOnlyCollection<string>? reason)
    {
        _building.Wait();
        try
        {
            RebuildNow(reason);
        }
        catch (Exception e)
        {
            Failed(e, reason);
        }
        finally
        {
            _building.Release();
        }
        PrepareForNextRebuild();
    }

    private void RebuildNow(IReadOnlyCollection<string>? reason)
    {
        var clock = Stopwatch.StartNew();
        if (reason?.Contains(SiteWatcher.Lost) == true) _build.ChangedUnknown();
        else if (reason is not null) _build.Changed(reason);
        var (site, all) = reason is null
            ? new BuildReporter(output).Track(_build.Render)
            : _build.Render();
        site?.Find("index.html"); // index the files by path now, not in the first request after the save
        var errors = all.Where(d => d.Severity == Severity.Error).ToList();
        var version = _snapshot.Version + 1;
        _snapshot = site is null ? _snapshot with { Errors = errors, Failure = null, Version = version } : new SiteSnapshot(site, [], version);
        if (site is null)
        {
            DiagnosticPrinter.Print(errors, Console.Error);
            Console.Error.WriteLine($"Gagal: {errors.Count} kesalahan. Halaman menampilkan kesalahan ini sampai berkasnya diperbaiki.");
        }
        else if (!output.Quiet)
        {
            var warnings = all.Count - errors.Count;
            Console.WriteLine(reason is null ? SummaryLines.Built(site, warnings, clock.Elapsed) : SummaryLines.Rebuilt(site, warnings, clock.Elapsed));
            if (output.Verbose)
            {
                foreach (var line in SummaryLines.Phases(site.Phases)) Console.Error.WriteLine(line);
                // Why a rebuild took longer: a created, removed or renamed file or folder makes it walk the whole content folder.
                if (reason is not null && site.ContentWalked) Console.Error.WriteLine(SummaryLines.Walked);
            }
        }
        if (reason is not null) _liveReload.Notify(OnlyStylesheets(reason) && site is not null ? "css" : "reload");
        // The search data follows the pages: the edited page is shown first. Made before the next rebuild
        // starts (the semaphore is held), from this build's session state; a browser asking sooner waits for it.
        if (site?.MakeDeferred() is { } after && output.Verbose && !output.Quiet)
            foreach (var line in SummaryLines.Phases(after)) Console.Error.WriteLine(line);
    }

    private void Failed(Exception exception, IReadOnlyCollection<string>? reason)
    {
        // The session may hold half of the failed rebuild: the next save starts from a clean one.
        _build.Restart();
        var failure = RebuildFailure.Describe(exception, reason);
        _snapshot = _snapshot with { Errors = [], Failure = failure, Version = _snapshot.Version + 1 };
        Console.Error.WriteLine(failure.Line);
        if (output.Verbose || FailureReport.WantsDetails()) Console.Error.WriteLine(TerminalText.Escape(exception.ToString()));
        if (reason is not null) _liveReload.Notify("reload");
    }

    /// <summary>Once the browsers have reloaded, gets ready for the next save (see <see cref="QuietCollector"/>).</summary>
    private void PrepareForNextRebuild() => _ = Task.Run(async () =>
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        if (!await _building.WaitAsync(0)) return; // a rebuild is running; it prepares again when done
        try
        {
            var clock = Stopwatch.StartNew();
            _collector.Prepare();
            // Idle time, but a save made meanwhile waits for it: shown among the phases.
            if (output.Verbose && !output.Quiet)
                foreach (var line in SummaryLines.Phases([("collect", clock.Elapsed)])) Console.Error.WriteLine(line);
        }
        finally
        {
            _building.Release();
        }
    });

    private static bool OnlyStylesheets(IReadOnlyCollection<string> changed) =>
        changed.All(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase));
}
