using Galeri.Rendering;

namespace Galeri.Tests.Theming;

public class HostFilterTests
{
    [Theory]
    [InlineData("https://dishub.magelangkota.go.id/layanan/kir", "dishub.magelangkota.go.id")]
    [InlineData("http://contoh.go.id", "contoh.go.id")]
    [InlineData("HTTPS://contoh.go.id?x=1", "contoh.go.id")]
    [InlineData("https://contoh.go.id#kontak", "contoh.go.id")]
    public void An_external_link_is_shown_by_its_host_name(string url, string host) =>
        Assert.Equal(host, TemplateFilters.HostOf(url));
}
