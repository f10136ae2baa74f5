using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;
using Galeri.Yaml;

namespace Galeri.Tests.Yaml;

/// <summary>
/// Every absolute link of the site (404.html, canonical links, the sitemap) is the base address plus
/// a path, so the base address must be plain: one host, a plain path, nothing after it.
/// </summary>
public class BaseUrlTests
{
    [Theory]
    [InlineData("https://inovasi.magelangkota.go.id/")]
    [InlineData("https://inovasi.magelangkota.go.id")]
    [InlineData("http://localhost:8080/galeri/")]
    [InlineData("https://contoh.go.id/a/b/")]
    public void Plain_site_addresses_are_accepted(string url) => Assert.True(FieldReader.IsBaseUrl(url));

    [Theory]
    [InlineData("https://host//evil.example/")]
    [InlineData("https://host/galeri//evil.example/")]
    [InlineData("https://host/\\evil.example/")]
    [InlineData("https://host/a/../../evil/")]
    [InlineData("https://host/%2e%2e/evil/")]
    [InlineData("https://magelangkota.go.id@evil.example/")]
    [InlineData("https://host/?next=//evil.example")]
    [InlineData("https://host/#x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example/")]
    [InlineData("https:///path")]
    public void Addresses_that_can_lead_elsewhere_are_refused(string url) => Assert.False(FieldReader.IsBaseUrl(url));

    [Fact]
    public void A_user_name_before_the_host_is_refused_for_every_web_link() =>
        Assert.False(FieldReader.IsWebUrl("https://dishub.magelangkota.go.id@evil.example/"));

    [Fact]
    public void The_command_line_address_gets_the_same_check()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var bag = new DiagnosticBag();

        SiteBuilder.Check(content, "https://contoh.go.id//evil.example/", bag);

        var error = DiagnosticAssert.SingleError(bag.Sorted(), "base-url-invalid");
        Assert.Equal("--base-url", error.Field);
        Assert.EndsWith("site.yml", error.File, StringComparison.Ordinal);
    }
}
