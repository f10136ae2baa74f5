using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// <c>galeri serve</c> as an author uses it: pages over HTTP under a sub-path, an edit visible
/// after the rebuild, a broken file shown as an error page (the server keeps running), and the
/// page back once the file is fixed.
/// </summary>
public sealed class ServeProcessTests : IDisposable
{
    private readonly ServedSite _served = new();

    public void Dispose() => _served.Dispose();

    private string Start() => _served.Start("/galeri/");

    private Task<(HttpStatusCode Status, string Body)> WaitFor(string url, Func<HttpStatusCode, string, bool> done) => _served.WaitFor(url, done);

    [Fact]
    public async Task Edits_show_after_the_rebuild_and_a_broken_file_shows_an_error_page_until_fixed()
    {
        var site = Start();
        var page = site + "inovasi/data-go/";
        var (status, body) = await WaitFor(page, (s, _) => s == HttpStatusCode.OK);
        Assert.Contains("<h1", body);
        Assert.Contains("Data Go", body);
        Assert.Contains("__galeri/events", body); // live reload, in served pages only

        var entry = _served.Entry("data-go");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("nama: Data Go", "nama: Data Go Terbuka"));
        await WaitFor(page, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go Terbuka"));

        File.WriteAllText(entry, File.ReadAllText(entry).Replace("opd: diskominsta", "opd: diskominfo"));
        (status, body) = await WaitFor(page, (s, _) => s == HttpStatusCode.InternalServerError);
        Assert.Contains("inovasi/data-go/index.md:3:1", body);
        Assert.Contains("OPD &quot;diskominfo&quot; tidak dikenal", body);

        File.WriteAllText(entry, File.ReadAllText(entry).Replace("opd: diskominfo", "opd: diskominsta"));
        await WaitFor(page, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go Terbuka"));
    }

    [Fact]
    public async Task Entries_added_and_removed_while_serving_appear_and_disappear_and_lists_follow_edits()
    {
        var site = Start();
        var catalog = site + "inovasi/";
        await WaitFor(catalog, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go"));
        var folder = Path.Combine(_served.ContentFolder, "inovasi");

        // An edit first: from then on the server trusts its watcher and skips the folder walk.
        var entry = Path.Combine(folder, "data-go", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("nama: Data Go", "nama: Data Go Kota"));
        await WaitFor(catalog, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go Kota"));

        // A new entry folder is not a known file: it must still be found.
        Directory.CreateDirectory(Path.Combine(folder, "data-go-dua"));
        File.WriteAllText(Path.Combine(folder, "data-go-dua", "index.md"), File.ReadAllText(entry).Replace("nama: Data Go Kota", "nama: Data Go Kedua"));
        await WaitFor(site + "inovasi/data-go-dua/", (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go Kedua"));
        await WaitFor(catalog, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go Kedua"));

        // A later edit of the new entry is seen too (it is now a known file).
        var second = Path.Combine(folder, "data-go-dua", "index.md");
        File.WriteAllText(second, File.ReadAllText(second).Replace("nama: Data Go Kedua", "nama: Data Go Ketiga"));
        await WaitFor(catalog, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go Ketiga") && !b.Contains("Data Go Kedua"));

        Directory.Delete(Path.Combine(folder, "data-go-dua"), recursive: true);
        await WaitFor(site + "inovasi/data-go-dua/", (s, _) => s == HttpStatusCode.NotFound);
        await WaitFor(catalog, (s, b) => s == HttpStatusCode.OK && !b.Contains("Data Go Ketiga") && b.Contains("Data Go Kota"));
    }

    [Fact]
    public async Task Serves_clean_urls_under_the_base_path_with_404_page_and_assets()
    {
        var site = Start();
        await WaitFor(site, (s, b) => s == HttpStatusCode.OK && b.Contains("<html"));
        using var css = await _served.Http.GetAsync(site + "assets/css/galeri.css", TestContext.Current.CancellationToken);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        using var missing = await _served.Http.GetAsync(site + "tidak/ada/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var root = await _served.Http.GetAsync(site.Replace("/galeri/", "/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.EndsWith("/galeri/", root.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_port_in_use_is_explained()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        MiniContent.WriteTo(_served.Temp.Path);
        using var process = Process.Start(GaleriProcess.StartInfo(_served.Temp.Path, ["serve", "--theme", RepoPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains($"port {port} sudah dipakai", stderr);
        Assert.Contains("--port", stderr);
    }
}
