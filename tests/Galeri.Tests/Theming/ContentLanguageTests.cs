using Galeri.Tests.Integration;
using Galeri.Tests.Support;

namespace Galeri.Tests.Theming;

/// <summary>
/// In the English interface (site.yml <c>bahasa: en</c>) the catalog's content stays Indonesian, and says
/// so (<c>lang="id"</c>, WCAG 3.1.2) while the interface around it is English; the Indonesian site needs no such marks.
/// </summary>
public class ContentLanguageTests
{
    private static Galeri.Build.RenderedSite Sample(TempDirectory temp, string language)
    {
        var content = temp.Combine("content");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        var site = Path.Combine(content, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("bahasa: id", "bahasa: " + language, StringComparison.Ordinal));
        return RenderedSites.Render(content, RepoPaths.Theme);
    }

    [Fact]
    public void In_the_English_interface_Indonesian_content_is_marked_lang_id_and_the_interface_is_not()
    {
        using var temp = new TempDirectory();
        var site = Sample(temp, "en");
        var entry = HtmlPages.Parse(RenderedSites.TextOf(site, "inovasi/jemput-bola-adminduk/index.html"));
        Assert.Equal("en", entry.DocumentElement.GetAttribute("lang"));
        foreach (var selector in new[] { ".page-head--entry h1", ".page-head--entry .lead", ".eyebrow", ".entry-section .prose", ".figure", ".lightbox-figure", ".contact-unit" })
        {
            var element = entry.QuerySelector(selector);
            Assert.True(element is not null, selector + " is missing");
            Assert.True(element!.GetAttribute("lang") == "id", $"{selector} is not marked lang=\"id\"");
        }
        // The interface's own words are English and carry no mark: the facts' heading, the standard section titles.
        Assert.Null(entry.QuerySelector("#judul-fakta")!.Closest("[lang='id']"));
        Assert.Equal("How It Works", entry.QuerySelector("#cara-kerja-judul")!.TextContent);
        Assert.Null(entry.QuerySelector("#cara-kerja-judul")!.Closest("[lang='id']"));

        var catalog = HtmlPages.Parse(RenderedSites.TextOf(site, "inovasi/index.html"));
        var cards = catalog.QuerySelectorAll("article.card");
        Assert.NotEmpty(cards);
        Assert.All(cards, card =>
        {
            Assert.Equal("id", card.QuerySelector(".card-title")!.GetAttribute("lang"));
            Assert.Equal("id", card.QuerySelector(".card-summary")!.GetAttribute("lang"));
        });
        var page = HtmlPages.Parse(RenderedSites.TextOf(site, "tentang/index.html"));
        Assert.Equal("id", page.QuerySelector(".prose")!.GetAttribute("lang"));
    }

    [Fact]
    public void The_Indonesian_site_has_no_language_marks_inside_its_pages()
    {
        using var temp = new TempDirectory();
        var site = Sample(temp, "id");
        var entry = HtmlPages.Parse(RenderedSites.TextOf(site, "inovasi/jemput-bola-adminduk/index.html"));
        Assert.Equal("id", entry.DocumentElement.GetAttribute("lang"));
        Assert.Empty(entry.Body!.QuerySelectorAll("[lang]"));
    }
}
