using System.Net;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// <c>galeri serve</c> started from a folder that holds much more than the site (a home folder, a
/// repository with benchmark catalogs): it watches only the content and theme folders. Watching the
/// working folder too used up the system's inotify watches, and then no save was seen at all.
/// </summary>
public sealed class ServeWorkingFolderTests : IDisposable
{
    private readonly ServedSite _served = new();

    public void Dispose() => _served.Dispose();

    [Fact]
    public async Task Serve_watches_the_content_and_theme_folders_and_not_the_folder_it_was_started_from()
    {
        // The working folder holds 3,000 folders besides the content.
        for (var i = 0; i < 3000; i++) Directory.CreateDirectory(Path.Combine(_served.Temp.Path, "arsip", $"tahun-{i}"));
        var site = _served.Start();
        var page = site + "inovasi/data-go/";
        await _served.WaitFor(page, (s, _) => s == HttpStatusCode.OK);

        var watched = Directory.GetDirectories(_served.ContentFolder, "*", SearchOption.AllDirectories).Length
            + Directory.GetDirectories(RepoPaths.Theme, "*", SearchOption.AllDirectories).Length + 2;
        Assert.InRange(InotifyWatches(_served.ProcessId), 1, watched);

        var entry = _served.Entry("data-go");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("nama: Data Go", "nama: Data Go Arsip"));
        await _served.WaitFor(page, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go Arsip"));
    }

    /// <summary>The inotify watches a process holds (Linux lists one "inotify wd:" line per watch in fdinfo).</summary>
    private static int InotifyWatches(int processId) =>
        Directory.GetFiles($"/proc/{processId}/fdinfo").Sum(WatchesOf);

    /// <summary>A descriptor the server closes between the listing and the reading (a finished request's socket) holds none.</summary>
    private static int WatchesOf(string fdinfo)
    {
        try { return File.ReadLines(fdinfo).Count(line => line.StartsWith("inotify wd:", StringComparison.Ordinal)); }
        catch (FileNotFoundException) { return 0; }
    }
}
