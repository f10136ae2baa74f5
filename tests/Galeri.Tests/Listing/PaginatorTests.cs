using Galeri.Listing;

namespace Galeri.Tests.Listing;

/// <summary>A listing's page navigation links the pages it shows, not every page: a 1,000-page catalog must not give each page 1,000 links.</summary>
public class PaginatorTests
{
    [Fact]
    public void A_page_in_the_middle_of_a_long_listing_links_the_first_the_last_and_its_neighbours()
    {
        var view = Paginator.View("inovasi/", 500, 48_000);
        Assert.Equal(1000, view.Total);
        Assert.Equal([1, 497, 498, 499, 500, 501, 502, 503, 1000], view.Pages.Select(p => p.Number));
        Assert.Equal("inovasi/halaman/1000/", view.Pages[^1].Url);
        Assert.True(view.Pages.Single(p => p.Number == 500).Current);
    }

    [Fact]
    public void A_short_listing_links_every_page()
    {
        Assert.Equal([1, 2, 3, 4], Paginator.View("tag/contoh/", 2, 48 * 4).Pages.Select(p => p.Number));
        Assert.Equal([1, 2, 3, 4, 5], Paginator.View("tag/contoh/", 1, 48 * 5).Pages.Select(p => p.Number));
    }
}
