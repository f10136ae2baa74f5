using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Taxonomies;
using Galeri.Tests.Support;
using Galeri.Theming;
using Galeri.Validation;

namespace Galeri.Tests.Integration;

/// <summary>Taxonomies are data: each definition in <see cref="SiteTaxonomies.All"/> brings its pages, its links and its reserved address.</summary>
public class TaxonomyDataTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void Every_sdg_an_entry_serves_has_a_page_named_from_the_theme_strings()
    {
        var bag = new DiagnosticBag();
        var content = SiteBuilder.Check(RepoPaths.Content, null, bag)!;
        var goals = content.Innovations.SelectMany(e => e.Sdgs.Select(goal => (Goal: goal, Entry: e))).GroupBy(x => x.Goal).ToList();
        Assert.NotEmpty(goals);
        var index = site.Read("sdgs/index.html");
        foreach (var goal in goals)
        {
            var html = site.Read($"sdgs/{goal.Key}/index.html");
            Assert.StartsWith($"SDG {goal.Key}: ", HtmlPages.Parse(html).QuerySelector("h1")!.TextContent);
            foreach (var (_, entry) in goal) Assert.Contains($"inovasi/{entry.Slug}/index.html", html);
            Assert.Contains($"href=\"../sdgs/{goal.Key}/index.html\"", index);
        }
        Assert.Contains(">SDG 3: Kehidupan Sehat dan Sejahtera<", index);
    }

    [Theory]
    [InlineData("index.html", "")]                 // menu, footer and the home page's ways to browse
    [InlineData("inovasi/index.html", "../")]      // the catalog's browse pills
    [InlineData("cari/index.html", "../")]         // the search page's list for readers without JavaScript
    public void Menus_and_browse_lists_link_every_taxonomy(string page, string root)
    {
        var html = site.Read(page);
        foreach (var taxonomy in SiteTaxonomies.All)
        {
            var links = html.Split($"href=\"{root}{taxonomy.Key}/index.html\"").Length - 1;
            Assert.True(links >= 2, $"{page} links {taxonomy.Key}/ {links} times");
        }
    }

    [Fact]
    public void Every_taxonomy_reserves_its_address_for_free_pages() =>
        Assert.All(SiteTaxonomies.All, t => Assert.Contains(t.Key, ReservedPaths.Top));

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Every_taxonomy_has_its_name_and_blurb_in_both_languages(string language)
    {
        var strings = Strings.Load(Path.Combine(RepoPaths.Theme, "i18n", language + ".yml"), new DiagnosticBag());
        foreach (var taxonomy in SiteTaxonomies.All)
        {
            Assert.NotNull(strings.Get("taksonomi." + taxonomy.Key, null!));
            Assert.NotNull(strings.Get("jelajahi." + taxonomy.Key + "_teks", null!));
        }
    }
}
