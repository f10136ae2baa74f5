using System.Net;

namespace Galeri.Tests.Integration;

/// <summary>
/// <c>galeri serve</c> over real HTTP: a request naming another host (DNS rebinding) is refused,
/// and pages and files carry nosniff, a Content-Security-Policy, no framing and a referrer policy.
/// </summary>
public sealed class ServeSecurityTests : IDisposable
{
    private readonly ServedSite _served = new();

    public void Dispose() => _served.Dispose();

    private async Task<HttpResponseMessage> Get(string url, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null) request.Headers.Host = host;
        return await _served.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_request_for_another_host_is_refused_and_loopback_names_are_served()
    {
        var site = _served.Start();
        await _served.WaitFor(site, (s, _) => s == HttpStatusCode.OK);
        var port = new Uri(site).Port;

        using var evil = await Get(site, "evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, evil.StatusCode);
        var text = await evil.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("hanya melayani alamat komputer ini sendiri", text);
        Assert.DoesNotContain("<html", text);

        using var rebound = await Get(site + "__galeri/events", $"evil.example:{port}");
        Assert.Equal(HttpStatusCode.Forbidden, rebound.StatusCode);

        using var local = await Get(site, $"localhost:{port}");
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task Pages_and_files_carry_the_security_headers()
    {
        var site = _served.Start();
        await _served.WaitFor(site, (s, _) => s == HttpStatusCode.OK);

        using var page = await Get(site + "inovasi/data-go/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("nosniff", string.Join(",", page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", page.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", string.Join(",", page.Headers.GetValues("Referrer-Policy")));
        var policy = string.Join(",", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'nonce-", policy);
        Assert.Contains("frame-ancestors 'none'", policy);

        using var css = await Get(site + "assets/css/galeri.css");
        Assert.Equal("nosniff", string.Join(",", css.Headers.GetValues("X-Content-Type-Options")));

        using var missing = await Get(site + "tidak/ada/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("script-src 'self' 'nonce-", string.Join(",", missing.Headers.GetValues("Content-Security-Policy")));
    }
}
