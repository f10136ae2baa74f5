using System.ServiceModel.Syndication;
using System.Xml;
using Galeri.Build;
using Galeri.Tests.Integration;
using Galeri.Tests.Support;

namespace Galeri.Tests.Sharing;

/// <summary>feed.xml (RSS 2.0) and atom.xml, read by .NET's syndication parser as a feed reader would, and their autodiscovery links.</summary>
public class FeedTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private const string BaseUrl = "https://inovasi.magelangkota.go.id/";

    private static readonly string[] LatestDates = ["tanggal_penerapan", "diperbarui"];

    private SyndicationFeed Load(string file)
    {
        using var reader = XmlReader.Create(Path.Combine(sample.Output, file));
        return SyndicationFeed.Load(reader);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    public void Both_feeds_parse_list_the_innovations_newest_first_with_absolute_links(string file)
    {
        var feed = Load(file);
        var items = feed.Items.ToList();
        Assert.Equal(sample.Result.Entries, items.Count);
        var dates = items.Select(i => i.LastUpdatedTime != default ? i.LastUpdatedTime : i.PublishDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.All(items, item =>
        {
            var link = Assert.Single(item.Links, l => l.RelationshipType is null or "alternate").Uri;
            Assert.True(link.IsAbsoluteUri && link.ToString().StartsWith(BaseUrl + "inovasi/", StringComparison.Ordinal), link.ToString());
            Assert.True(File.Exists(Path.Combine(sample.Output, link.AbsolutePath.TrimStart('/'), "index.html")), link + " has no page");
            Assert.False(string.IsNullOrWhiteSpace(item.Summary?.Text));
        });
        // The newest is the entry with the latest launch or update date in the sample's data.
        var entries = System.Text.Json.Nodes.JsonNode.Parse(sample.Read("data/inovasi.json"))!["inovasi"]!.AsArray();
        var latest = entries.Select(e => e!["data"]!).Select(d => (Name: (string)d["nama"]!, Date: LatestDates
            .Select(k => (string?)d[k]).Where(v => v is not null).DefaultIfEmpty((string?)d["tanggal_uji_coba"]).Max(StringComparer.Ordinal)))
            .OrderByDescending(e => e.Date, StringComparer.Ordinal).First();
        Assert.Equal(latest.Name, items[0].Title.Text);
        Assert.Equal(latest.Date, dates[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_page_links_both_feeds_for_autodiscovery()
    {
        foreach (var page in HtmlPages.All(sample.Output))
        {
            var document = HtmlPages.Parse(File.ReadAllText(page));
            Assert.NotNull(document.QuerySelector("link[rel=alternate][type='application/rss+xml'][href$='feed.xml']"));
            Assert.NotNull(document.QuerySelector("link[rel=alternate][type='application/atom+xml'][href$='atom.xml']"));
        }
    }

    [Fact]
    public void Without_a_base_url_there_are_no_feeds_and_no_links_to_them()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(content, "site.yml"), "judul: Galeri Uji\npenyelenggara: Balitbang Kota Uji\nbahasa: id\n");
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);
        Assert.False(File.Exists(Path.Combine(output, "feed.xml")));
        Assert.False(File.Exists(Path.Combine(output, "atom.xml")));
        var home = HtmlPages.Parse(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Null(home.QuerySelector("link[type='application/rss+xml']"));
        Assert.Null(home.QuerySelector("meta[property='og:image']"));
    }

    [Fact]
    public void The_sitemap_dates_entries_by_diperbarui_and_robots_txt_keeps_to_the_sub_path()
    {
        Assert.Contains("<loc>" + BaseUrl + "inovasi/data-go/</loc><lastmod>2025-11-18</lastmod>", sample.Read("sitemap.xml"), StringComparison.Ordinal);

        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path); // base_url https://contoh.go.id/galeri/
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);
        var robots = File.ReadAllText(Path.Combine(output, "robots.txt"));
        Assert.Contains("Allow: /galeri/\n", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://contoh.go.id/galeri/sitemap.xml\n", robots, StringComparison.Ordinal);
        Assert.Contains("https://contoh.go.id/", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Allow: /\n", robots, StringComparison.Ordinal);
        var rss = File.ReadAllText(Path.Combine(output, "feed.xml"));
        Assert.Contains("<link>https://contoh.go.id/galeri/inovasi/", rss, StringComparison.Ordinal);
    }
}
