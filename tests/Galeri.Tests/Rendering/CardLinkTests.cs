using System.Text.RegularExpressions;
using Galeri.Tests.Support;

namespace Galeri.Tests.Rendering;

/// <summary>
/// An entry's card is rendered once and reused on every page that lists it (Rendering.CardCache), at
/// whatever depth that page is: each copy must still link to the entry from where it stands.
/// </summary>
public sealed partial class CardLinkTests
{
    [Fact]
    public void Cards_on_pages_at_every_depth_link_to_their_entry()
    {
        var site = RenderedSites.Render(RepoPaths.Content, RepoPaths.Theme);
        var depths = new HashSet<int>();
        var cards = 0;
        foreach (var file in site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = RenderedSites.TextOf(site, file.Path);
            foreach (Match card in CardLink().Matches(html))
            {
                var target = new Uri(new Uri("http://galeri.test/" + file.Path), card.Groups["href"].Value).AbsolutePath.TrimStart('/');
                Assert.Matches("^inovasi/[^/]+/index.html$", target);
                Assert.NotNull(site.Find(target));
                depths.Add(file.Path.Count(c => c == '/'));
                cards++;
            }
        }
        Assert.True(cards > 50, $"only {cards} cards found");
        Assert.Superset(new HashSet<int> { 0, 1, 2 }, depths);
    }

    [Fact]
    public void Card_images_resolve_from_every_page()
    {
        var site = RenderedSites.Render(RepoPaths.Content, RepoPaths.Theme);
        var images = 0;
        foreach (var file in site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            foreach (Match image in CardImage().Matches(RenderedSites.TextOf(site, file.Path)))
            {
                var target = new Uri(new Uri("http://galeri.test/" + file.Path), image.Groups["src"].Value).AbsolutePath.TrimStart('/');
                Assert.True(site.Find(Uri.UnescapeDataString(target)) is not null, $"{file.Path}: {image.Groups["src"].Value}");
                images++;
            }
        Assert.True(images > 0, "no card image found");
    }

    [GeneratedRegex("""class="card-title"[^>]*><a href="(?<href>[^"]+)">""")]
    private static partial Regex CardLink();

    [GeneratedRegex("""<div class="card-thumb[^"]*"[^>]*>(?:<picture>.*?)?<img[^>]* src="(?<src>[^"]+)""")]
    private static partial Regex CardImage();
}
