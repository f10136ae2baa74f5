using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>
/// Listing pages stay small however large the catalog: the catalog and a tag shared by hundreds of
/// entries paginate, each page loads fast on a phone (≤ 100 KB of HTML), and the navigation links
/// the first, the last and the neighbouring pages rather than every page.
/// </summary>
public class ListingPageSizeTests
{
    private const int MaxPageBytes = 100 * 1024;

    [Fact]
    public void The_catalog_and_a_tag_with_hundreds_of_entries_paginate_into_pages_of_at_most_100_KB()
    {
        using var temp = new TempDirectory();
        var content = SyntheticCatalog.WriteTo(temp.Combine("content"), 600, version: 1); // every entry has the tag "contoh"
        var site = RenderedSites.Render(content, RepoPaths.Theme);

        foreach (var listing in new[] { "inovasi/", "tag/contoh/" })
        {
            var pages = site.Files.Where(f => f.Path.StartsWith(listing, StringComparison.Ordinal) && f.Path.EndsWith("index.html", StringComparison.Ordinal)
                && (f.Path == listing + "index.html" || f.Path.StartsWith(listing + "halaman/", StringComparison.Ordinal))).ToList();
            Assert.True(pages.Count >= 12, $"{listing} has {pages.Count} pages");
            foreach (var page in pages)
                Assert.True(RenderedSites.Bytes(page).Length <= MaxPageBytes, $"{page.Path} is {RenderedSites.Bytes(page).Length} bytes");

            var middle = RenderedSites.TextOf(site, listing + "halaman/7/index.html");
            Assert.Contains("halaman/13/index.html\"", middle, StringComparison.Ordinal); // the last page
            Assert.Contains("halaman/9/index.html\"", middle, StringComparison.Ordinal);
            Assert.DoesNotContain("halaman/11/index.html\"", middle, StringComparison.Ordinal); // beyond the window: an ellipsis instead
        }
    }
}
