using System.Globalization;
using Galeri.Build;
using Galeri.Tests.Integration;
using Galeri.Tests.Support;

namespace Galeri.Tests.Statistics;

/// <summary>
/// statistik/: every breakdown is an SVG chart (an image with a title and a description) beside a table
/// of the same numbers, and the numbers are the catalog's; the home page's counters link to it.
/// </summary>
public class StatisticsPageTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private AngleSharp.Dom.IDocument Page => HtmlPages.Parse(sample.Read("statistik/index.html"));

    private static Dictionary<string, int> Table(AngleSharp.Dom.IElement section) =>
        section.QuerySelectorAll("tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.TextContent.Trim(), r => int.Parse(r.QuerySelector("td")!.TextContent, CultureInfo.InvariantCulture));

    [Fact]
    public void Each_chart_is_an_image_with_title_and_description_and_draws_the_numbers_of_its_table()
    {
        var sections = Page.QuerySelectorAll("section.chart-block").ToList();
        Assert.Equal(8, sections.Count);
        foreach (var section in sections)
        {
            var svg = section.QuerySelector("svg");
            if (svg is null)
            {
                Assert.NotNull(section.QuerySelector(".empty"));
                continue;
            }
            Assert.Equal("img", svg.GetAttribute("role"));
            var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal("title", Page.GetElementById(ids[0])!.LocalName);
            Assert.Equal("desc", Page.GetElementById(ids[1])!.LocalName);
            Assert.False(string.IsNullOrWhiteSpace(Page.GetElementById(ids[1])!.TextContent));
            var table = Table(section);
            var values = svg.QuerySelectorAll(".chart-value").Select(v => int.Parse(v.TextContent, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(table.Values.ToList(), values);
            // Bars are as long as their numbers say.
            var widths = svg.QuerySelectorAll("rect.chart-bar").Select(r => double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
            var longest = values.Max();
            for (var i = 0; i < values.Count; i++)
                Assert.InRange(widths[i], widths.Max() * values[i] / longest - 1, widths.Max() * values[i] / longest + 1);
        }
    }

    [Fact]
    public void The_numbers_are_the_catalogs()
    {
        var sections = Page.QuerySelectorAll("section.chart-block").ToDictionary(s => s.QuerySelector("h2")!.Id!, s => s);
        Assert.Equal(sample.Result.Entries, Table(sections["judul-opd"]).Values.Sum());
        var data = System.Text.Json.Nodes.JsonNode.Parse(sample.Read("data/inovasi.json"))!["inovasi"]!.AsArray().Select(e => e!["data"]!).ToList();
        var digital = data.Count(d => (string?)d["jenis"] == "digital");
        Assert.Equal(digital, Table(sections["judul-jenis"])["Digital"]);
        var awards = data.Sum(d => d["penghargaan"]?.AsArray().Count ?? 0);
        Assert.Equal(awards, Table(sections["judul-penghargaan"]).Values.Sum());
        var replications = data.Sum(d => d["replikasi"]?["direplikasi_oleh"]?.AsArray().Count ?? 0);
        Assert.Equal(replications, Table(sections["judul-replikasi"]).Values.Sum());
        Assert.Contains(Page.QuerySelectorAll(".stats dd"), dd => dd.TextContent == replications.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_home_page_counters_link_to_the_statistics()
    {
        var home = HtmlPages.Parse(sample.Read("index.html"));
        Assert.NotNull(home.QuerySelector(".stats-band a[href='statistik/index.html'], .stats-band a[href='statistik/']"));
    }

    [Fact]
    public void A_catalog_without_awards_or_replications_says_there_is_no_data_yet()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var output = temp.Combine("public");
        Assert.True(SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output)).Written);
        var page = HtmlPages.Parse(File.ReadAllText(Path.Combine(output, "statistik", "index.html")));
        var awards = page.GetElementById("judul-penghargaan")!.ParentElement!;
        Assert.Equal("Belum ada data.", awards.QuerySelector(".empty")!.TextContent);
        Assert.Equal(2, Table(page.GetElementById("judul-opd")!.ParentElement!).Values.Sum());
    }
}
