using Galeri.Theming;

namespace Galeri.Tests.Theming;

public class SiteUrlsTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("inovasi/", "../")]
    [InlineData("inovasi/data-go/", "../../")]
    [InlineData("404.html", "")]
    public void Root_prefix_climbs_one_level_per_folder(string page, string root) => Assert.Equal(root, SiteUrls.RootFor(page));

    [Theory]
    [InlineData("../../", "inovasi/", "../../inovasi/index.html")]
    [InlineData("../../", "", "../../index.html")]
    [InlineData("", "assets/css/galeri.css", "assets/css/galeri.css")]
    [InlineData("../", "inovasi/data-go/#kontak", "../inovasi/data-go/index.html#kontak")]
    [InlineData("/galeri/", "opd/", "/galeri/opd/index.html")]
    [InlineData("../", "https://contoh.go.id/", "https://contoh.go.id/")]
    public void Links_are_relative_and_name_index_html_so_they_work_from_disk(string root, string target, string expected) =>
        Assert.Equal(expected, SiteUrls.Link(root, target));
}
