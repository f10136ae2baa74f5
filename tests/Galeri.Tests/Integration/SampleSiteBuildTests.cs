using Galeri.Build;
using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Tests.Support;
using Galeri.Text;

namespace Galeri.Tests.Integration;

/// <summary>The sample catalog builds into a complete site: every entry, OPD, taxonomy, visit and page, all links resolving.</summary>
public class SampleSiteBuildTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static SiteContent Content { get; } = LoadContent();

    private static SiteContent LoadContent()
    {
        var bag = new DiagnosticBag();
        return SiteBuilder.Check(RepoPaths.Content, null, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.Sorted()));
    }

    [Fact]
    public void The_sample_builds_without_errors_and_writes_the_output()
    {
        DiagnosticAssert.NoErrors(site.Result.Diagnostics);
        Assert.True(site.Result.Written);
        Assert.True(Content.Innovations.Count >= 15, "the sample catalog has at least 15 innovations");
        Assert.Equal(Content.Innovations.Count, site.Result.Entries);
    }

    [Fact]
    public void Every_entry_has_a_page_with_its_name_summary_opd_and_sections()
    {
        foreach (var entry in Content.Innovations)
        {
            var page = HtmlPages.Parse(site.Read($"inovasi/{entry.Slug}/index.html"));
            Assert.StartsWith(entry.Name, page.QuerySelector("h1")!.TextContent.Trim());
            var text = Normalize(page.Body!.TextContent);
            Assert.Contains(Normalize(entry.Summary), text);
            Assert.Contains(Content.OpdByCode[entry.OpdCode].Name, text);
            foreach (var section in entry.Sections.Where(s => s.Kind is not null))
                Assert.NotNull(page.GetElementById(section.Id));
            if (entry.Contact?.Email is { } email)
                Assert.NotNull(page.QuerySelector($"a[href='mailto:{email}']"));
            foreach (var impact in entry.Impacts)
                Assert.Contains(impact.Indicator, text);
            foreach (var image in entry.Images)
            {
                // A photo is shown by its resized JPEG (foto-lapangan-960.jpg), any other image by its own file.
                var stem = image.File[..^Path.GetExtension(image.File).Length];
                var img = page.QuerySelectorAll("img").FirstOrDefault(i => i.GetAttribute("src")!.EndsWith(image.File, StringComparison.Ordinal)
                    || (Galeri.Media.PhotoFormats.IsResizable(image.File) && System.Text.RegularExpressions.Regex.IsMatch(i.GetAttribute("src")!, "/" + System.Text.RegularExpressions.Regex.Escape(stem) + @"-\d+\.jpg$")));
                Assert.True(img is not null, $"{entry.Slug}: image {image.File} is shown");
                Assert.Equal(image.Alt, img.GetAttribute("alt"));
            }
        }
    }

    [Fact]
    public void Impact_changes_are_relative_except_for_percentages_which_change_in_points()
    {
        var entry = Content.InnovationBySlug["siap-uji-kir-online"];
        var page = HtmlPages.Parse(site.Read("inovasi/siap-uji-kir-online/index.html"));
        var changes = page.QuerySelectorAll("td.change").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(entry.Impacts.Count, changes.Count);
        for (var i = 0; i < entry.Impacts.Count; i++)
        {
            var impact = entry.Impacts[i];
            if (impact.Before is null || impact.After is null) continue;
            if (impact.Unit == "persen") Assert.EndsWith(" poin", changes[i]);
            else if (impact.Before != 0) Assert.EndsWith("%", changes[i]);
        }
    }

    [Fact]
    public void Partners_are_listed_among_the_facts_only_where_an_entry_names_them()
    {
        string? Partners(string slug) => HtmlPages.Parse(site.Read($"inovasi/{slug}/index.html"))
            .QuerySelectorAll(".facts-list > div").FirstOrDefault(d => d.QuerySelector("dt")!.TextContent == "Mitra")?.QuerySelector("dd")!.TextContent;
        Assert.Equal("PT Telkom Indonesia, BPS Kota Magelang, Universitas Tidar", Partners("data-go"));
        Assert.Null(Partners("siap-uji-kir-online"));
    }

    [Fact]
    public void Entry_images_carry_their_size_so_the_page_does_not_jump()
    {
        foreach (var entry in Content.Innovations.Where(e => e.Images.Count > 0))
        {
            var page = HtmlPages.Parse(site.Read($"inovasi/{entry.Slug}/index.html"));
            // The gallery's figures (the larger view's image takes the size of the photo it opens).
            foreach (var img in page.QuerySelectorAll(".figures figure img"))
            {
                Assert.True(int.Parse(img.GetAttribute("width")!) > 0, $"{entry.Slug}: width");
                Assert.True(int.Parse(img.GetAttribute("height")!) > 0, $"{entry.Slug}: height");
            }
        }
    }

    [Fact]
    public void Every_opd_has_a_page_listing_its_innovations()
    {
        foreach (var opd in Content.Opds)
        {
            var page = HtmlPages.Parse(site.Read($"opd/{opd.Code}/index.html"));
            Assert.Contains(opd.Name, page.QuerySelector("h1")!.TextContent);
            var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToList();
            foreach (var entry in Content.Innovations.Where(e => e.OpdCode == opd.Code))
                Assert.Contains(links, href => href.EndsWith($"inovasi/{entry.Slug}/index.html", StringComparison.Ordinal));
        }
        var index = site.Read("opd/index.html");
        foreach (var opd in Content.Opds) Assert.Contains($"opd/{opd.Code}/index.html", index);
    }

    [Fact]
    public void Every_taxonomy_term_has_a_page_listing_its_entries()
    {
        void AssertTerm(string path, IEnumerable<Innovation> entries)
        {
            var file = Path.Combine(site.Output, path, "index.html");
            Assert.True(File.Exists(file), $"{path} exists");
            var html = File.ReadAllText(file);
            foreach (var entry in entries) Assert.Contains($"inovasi/{entry.Slug}/index.html", html);
        }
        foreach (var group in Content.Innovations.Where(e => e.UrusanCode is not null).GroupBy(e => e.UrusanCode!))
            AssertTerm($"urusan/{group.Key}", group);
        foreach (var group in Content.Innovations.SelectMany(e => e.Tags.Select(t => (Tag: Slugs.From(t), Entry: e))).GroupBy(x => x.Tag))
            AssertTerm($"tag/{group.Key}", group.Select(x => x.Entry));
        foreach (var group in Content.Innovations.Where(e => e.Year is not null).GroupBy(e => e.Year!.Value))
            AssertTerm($"tahun/{group.Key}", group);
        foreach (var group in Content.Innovations.Where(e => e.Jenis is not null).GroupBy(e => e.Jenis!))
            AssertTerm($"jenis/{group.Key.Replace('_', '-')}", group);
        foreach (var taxonomy in new[] { "urusan", "tag", "tahun", "jenis", "tahapan", "status" })
            Assert.True(File.Exists(Path.Combine(site.Output, taxonomy, "index.html")), $"{taxonomy}/ index exists");
    }

    [Fact]
    public void Every_visit_has_a_page_and_the_visit_list_links_the_innovations_studied()
    {
        Assert.Equal(3, Content.Visits.Count);
        var list = site.Read("kunjungan/index.html");
        foreach (var visit in Content.Visits)
        {
            var page = site.Read($"kunjungan/{visit.Id}/index.html");
            Assert.Contains(visit.Agency, page);
            Assert.Contains(visit.Agency, list);
            foreach (var (slug, _) in visit.InnovationSlugs)
            {
                Assert.Contains($"inovasi/{slug}/index.html", page);
                Assert.Contains($"inovasi/{slug}/index.html", list);
            }
        }
    }

    [Fact]
    public void Home_catalog_free_pages_and_404_exist()
    {
        var home = HtmlPages.Parse(site.Read("index.html"));
        Assert.Equal("id", home.DocumentElement.GetAttribute("lang"));
        Assert.Contains(Content.Site.Title, home.Title);
        var catalog = site.Read("inovasi/index.html");
        foreach (var entry in Content.Innovations) Assert.Contains($"{entry.Slug}/index.html", catalog);
        Assert.True(File.Exists(Path.Combine(site.Output, "inovasi/terbaru/index.html")));
        foreach (var page in Content.Pages)
            Assert.Contains(page.Title, HtmlPages.Parse(site.Read($"{page.Slug}/index.html")).QuerySelector("h1")!.TextContent);
        Assert.True(File.Exists(Path.Combine(site.Output, "404.html")));
        Assert.Contains("<loc>https://", site.Read("sitemap.xml"));
    }

    [Fact]
    public void Every_internal_link_and_image_resolves_and_none_is_absolute()
    {
        var problems = new List<string>();
        foreach (var file in HtmlPages.All(site.Output))
        {
            var relativePage = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            var document = HtmlPages.Parse(File.ReadAllText(file));
            foreach (var (attribute, url) in HtmlPages.References(document))
            {
                if (HtmlPages.IsExternal(url)) continue;
                if (url.StartsWith('/'))
                {
                    // Only 404.html may start from the base path: hosts serve it at any address.
                    if (relativePage != "404.html") problems.Add($"{relativePage}: absolute {attribute} {url}");
                    continue;
                }
                var hash = url.IndexOf('#');
                var path = hash >= 0 ? url[..hash] : url;
                var fragment = hash >= 0 ? url[(hash + 1)..] : "";
                var target = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
                if (!File.Exists(target))
                {
                    problems.Add($"{relativePage}: {attribute}=\"{url}\" does not resolve");
                    continue;
                }
                if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    var targetDocument = target == file ? document : HtmlPages.Parse(File.ReadAllText(target));
                    if (targetDocument.GetElementById(fragment) is null) problems.Add($"{relativePage}: #{fragment} not found in {url}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void Built_pages_never_carry_the_live_reload_script_of_galeri_serve()
    {
        foreach (var file in HtmlPages.All(site.Output))
            Assert.DoesNotContain("__galeri/events", File.ReadAllText(file));
    }

    [Fact]
    public void Raw_html_never_reaches_the_page()
    {
        foreach (var file in HtmlPages.All(site.Output))
        {
            var document = HtmlPages.Parse(File.ReadAllText(file));
            Assert.DoesNotContain(document.QuerySelectorAll("script:not([src])"), s => s.TextContent.Contains("alert"));
            Assert.Empty(document.QuerySelectorAll("[onclick], [onerror], [onload]"));
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
