using System.Text;
using System.Text.RegularExpressions;
using Galeri.Build;
using Galeri.Cli.Serve;
using Galeri.Output;
using Galeri.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Galeri.Tests.Serve;

/// <summary>
/// What one request to <c>galeri serve</c> gets, answered in memory: refused for a foreign Host
/// (DNS rebinding), the security headers on every answer, the live-reload script admitted by the
/// page's own nonce, and a 404 — not a 500 — for a copied file that was deleted before the rebuild.
/// </summary>
public sealed class SiteHostTests : IDisposable
{
    private const int Port = 5080;
    private readonly TempDirectory _temp = new();
    private readonly string _pdf;
    private readonly SiteHost _host;

    public SiteHostTests()
    {
        _pdf = _temp.Write("content/inovasi/data-go/panduan.pdf", "%PDF-1.4\n");
        var site = new RenderedSite(
        [
            OutputFile.FromText("index.html", "<!DOCTYPE html><html><body><h1>Beranda</h1></body></html>"),
            OutputFile.FromText("404.html", "<!DOCTYPE html><html><body><h1>Tidak ada</h1></body></html>"),
            OutputFile.FromText("assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            OutputFile.Copy("inovasi/data-go/panduan.pdf", _pdf),
        ], 2, 0, []);
        _host = new SiteHost(() => new SiteSnapshot(site, [], 1), new LiveReload(), "/", Port);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<(HttpResponse Response, string Body)> Get(string path, string host = "127.0.0.1:5080")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Request.Host = new HostString(host);
        context.Response.Body = new MemoryStream();
        await _host.HandleAsync(context);
        return (context.Response, Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example:5080")]
    [InlineData("192.168.1.10:5080")]
    public async Task A_request_for_another_host_name_is_refused_with_a_short_message(string host)
    {
        var (response, body) = await Get("/", host);
        Assert.Equal(StatusCodes.Status403Forbidden, response.StatusCode);
        Assert.Contains("hanya melayani alamat komputer ini sendiri", body);
        Assert.DoesNotContain("Beranda", body);
        Assert.Equal("nosniff", response.Headers.XContentTypeOptions);
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("localhost:5080")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]:5080")]
    [InlineData("localhost:9000")]
    public async Task Loopback_names_are_served_on_any_port(string host)
    {
        var (response, body) = await Get("/", host);
        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
        Assert.Contains("Beranda", body);
    }

    [Fact]
    public async Task A_page_carries_the_security_headers_and_a_policy_that_admits_only_its_own_live_reload_script()
    {
        var (response, body) = await Get("/");
        Assert.Equal("nosniff", response.Headers.XContentTypeOptions);
        Assert.Equal("DENY", response.Headers.XFrameOptions);
        Assert.Equal("same-origin", response.Headers["Referrer-Policy"]);
        var policy = response.Headers.ContentSecurityPolicy.ToString();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
        var nonce = Regex.Match(policy, "script-src 'self' 'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script nonce=\"{nonce}\">", body);

        var (again, _) = await Get("/");
        Assert.NotEqual(policy, again.Headers.ContentSecurityPolicy.ToString()); // a new nonce each time
    }

    [Fact]
    public async Task An_svg_opened_on_its_own_runs_nothing()
    {
        var (response, _) = await Get("/assets/img/logo.svg");
        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.ContentType);
        Assert.Contains("sandbox", response.Headers.ContentSecurityPolicy.ToString());
        Assert.Contains("default-src 'none'", response.Headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public async Task A_copied_file_deleted_before_the_rebuild_is_not_found_rather_than_a_server_error()
    {
        var (before, _) = await Get("/inovasi/data-go/panduan.pdf");
        Assert.Equal(StatusCodes.Status200OK, before.StatusCode);

        File.Delete(_pdf);
        var (deleted, body) = await Get("/inovasi/data-go/panduan.pdf");
        Assert.Equal(StatusCodes.Status404NotFound, deleted.StatusCode);
        Assert.Contains("Tidak ada", body);

        Directory.CreateDirectory(_pdf); // replaced by a folder of the same name
        var (folder, _) = await Get("/inovasi/data-go/panduan.pdf");
        Assert.Equal(StatusCodes.Status404NotFound, folder.StatusCode);
    }
}
