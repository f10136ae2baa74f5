using System.Text.Json;
using Galeri.Tests.Integration;
using NetVips;

namespace Galeri.Tests.Sharing;

/// <summary>
/// What a link shared on WhatsApp or X shows: every page has an absolute 1200×630 og:image that exists
/// in the output, the large Twitter card, its locale; entries are articles with schema.org JSON-LD; the
/// home page describes the site; icons and the web app manifest are there.
/// </summary>
public class ShareMetadataTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private const string BaseUrl = "https://inovasi.magelangkota.go.id/";

    private static string? Meta(AngleSharp.Dom.IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    [Fact]
    public void Every_page_has_an_absolute_1200_by_630_share_image_that_exists()
    {
        var checkedImages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in HtmlPages.All(sample.Output))
        {
            var page = HtmlPages.Parse(File.ReadAllText(file));
            var image = Meta(page, "og:image");
            Assert.True(image is not null && image.StartsWith(BaseUrl, StringComparison.Ordinal), $"{file}: og:image {image}");
            Assert.Equal(image, Meta(page, "twitter:image"));
            Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
            Assert.Equal("id_ID", Meta(page, "og:locale"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:image:alt")));
            if (!checkedImages.Add(image)) continue;
            using var picture = Image.NewFromFile(Path.Combine(sample.Output, image[BaseUrl.Length..]));
            Assert.Equal((1200, 630), (picture.Width, picture.Height));
        }
        // One image per entry and one for the rest of the site.
        Assert.Equal(sample.Result.Entries + 1, checkedImages.Count);
    }

    [Fact]
    public void An_entry_page_is_an_article_with_its_own_card_and_json_ld()
    {
        var page = HtmlPages.Parse(sample.Read("inovasi/data-go/index.html"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(BaseUrl + "assets/bagikan/data-go.png", Meta(page, "og:image"));
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Article", root.GetProperty("@type").GetString());
        Assert.Equal("Data Go", root.GetProperty("headline").GetString());
        Assert.Equal(BaseUrl + "inovasi/data-go/", root.GetProperty("url").GetString());
        Assert.Equal("2025-11-18", root.GetProperty("dateModified").GetString());
        Assert.Equal("Dinas Komunikasi, Informatika dan Statistik", root.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void The_home_page_describes_the_site_with_its_search_and_other_pages_are_websites()
    {
        var home = HtmlPages.Parse(sample.Read("index.html"));
        Assert.Equal("website", Meta(home, "og:type"));
        using var json = JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("WebSite", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(BaseUrl + "cari/?q={search_term_string}", json.RootElement.GetProperty("potentialAction").GetProperty("target").GetString());
        var catalog = HtmlPages.Parse(sample.Read("inovasi/index.html"));
        Assert.Equal("website", Meta(catalog, "og:type"));
        Assert.Equal(BaseUrl + "assets/bagikan/situs.png", Meta(catalog, "og:image"));
    }

    [Fact]
    public void Icons_and_the_web_app_manifest_are_published()
    {
        var ico = File.ReadAllBytes(Path.Combine(sample.Output, "favicon.ico"));
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, ico[..4]);
        Assert.True(BitConverter.ToUInt16(ico, 4) >= 1);
        using (var touch = Image.NewFromFile(Path.Combine(sample.Output, "apple-touch-icon.png")))
        {
            Assert.Equal((180, 180), (touch.Width, touch.Height));
            Assert.False(touch.HasAlpha());
        }
        using var manifest = JsonDocument.Parse(sample.Read("manifest.webmanifest"));
        Assert.Equal("./", manifest.RootElement.GetProperty("start_url").GetString());
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            using var picture = Image.NewFromFile(Path.Combine(sample.Output, icon.GetProperty("src").GetString()!));
            Assert.Equal(icon.GetProperty("sizes").GetString(), $"{picture.Width}x{picture.Height}");
        }
        var page = HtmlPages.Parse(sample.Read("inovasi/data-go/index.html"));
        // Linked by the site script over http(s) only: from file:// the browser may not fetch it.
        Assert.NotNull(page.QuerySelector("script[src='../../assets/js/galeri.js'][data-manifest='../../manifest.webmanifest']"));
        Assert.NotNull(page.QuerySelector("link[rel=apple-touch-icon][href='../../apple-touch-icon.png']"));
    }
}
