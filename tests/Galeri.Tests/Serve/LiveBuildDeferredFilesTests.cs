using Galeri.Build;
using Galeri.Incremental;
using Galeri.Tests.Support;

namespace Galeri.Tests.Serve;

/// <summary>
/// <c>galeri serve</c> makes the files a previewing browser seldom asks for (share cards, the
/// catalog's open data, the entries' studi tiru scripts) when one is asked for, not in every
/// rebuild, and the search data after the pages: the first page is up sooner, and the edited page
/// is shown before the index is redone. What it then serves equals a clean build's bytes.
/// </summary>
public class LiveBuildDeferredFilesTests
{
    private const string Slug = "contoh-0003";

    [Fact]
    public void Share_cards_are_drawn_when_asked_for_once_and_equal_a_clean_builds()
    {
        using var temp = new TempDirectory();
        var content = SyntheticCatalog.WriteTo(temp.Combine("content"), 6, version: 1);
        var session = new BuildSession();
        session.ShareImages.WhenAsked = true;
        var site = RenderedSites.Render(content, RepoPaths.Theme, session);
        Assert.Equal(0, session.ShareImages.Made);

        var card = site.Find($"assets/bagikan/{Slug}.png")!;
        var clean = RenderedSites.Render(content, RepoPaths.Theme);
        Assert.Equal(RenderedSites.Bytes(clean.Find($"assets/bagikan/{Slug}.png")!), card.Bytes);
        Assert.Equal(1, session.ShareImages.Made);
        Assert.Same(card.Bytes, card.Bytes); // drawn once, kept

        // A rebuild with the entry unchanged hands on the same card, still drawn only once.
        var entry = Path.Combine(content, "inovasi", "contoh-0004", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("nama: Inovasi Contoh 4", "nama: Inovasi Contoh Empat", StringComparison.Ordinal));
        session.Changed([entry]);
        var again = RenderedSites.Render(content, RepoPaths.Theme, session);
        Assert.Equal(card.Bytes, again.Find($"assets/bagikan/{Slug}.png")!.Bytes);
        Assert.Equal(1, session.ShareImages.Made);
    }

    [Fact]
    public void An_image_that_fails_to_draw_when_asked_is_drawn_again_on_the_next_request()
    {
        var memo = new ShareImageMemo { WhenAsked = true };
        var attempts = 0;
        var card = memo.Get("assets/bagikan/contoh.png", "card\nContoh", () =>
            ++attempts == 1 ? throw new IOException("the photo was being replaced") : [1, 2, 3]);
        Assert.Throws<IOException>(() => card.Bytes); // the browser gets an error page: "muat ulang halaman ini"
        Assert.Equal([1, 2, 3], card.Bytes);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public void Served_open_data_and_share_cards_equal_a_clean_builds_after_an_edit()
    {
        using var temp = new TempDirectory();
        var content = SyntheticCatalog.WriteTo(temp.Combine("content"), 6, version: 1);
        using var live = new LiveBuild(content, RepoPaths.Theme);
        live.Render();
        var entry = Path.Combine(content, "inovasi", Slug, "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("nama: Inovasi Contoh 3", "nama: Inovasi Contoh Tiga", StringComparison.Ordinal));
        live.Changed([entry]);
        var (served, _) = live.Render();

        var clean = RenderedSites.Render(content, RepoPaths.Theme);
        // The search data comes after the pages: not in the rebuild's file list, found (and made) when asked for.
        var searchFiles = clean.Files.Where(f => f.Path.StartsWith("assets/search/", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.Contains("assets/search/meta.js", searchFiles);
        Assert.DoesNotContain(served!.Files, f => searchFiles.Contains(f.Path));
        string[] paths = ["data/inovasi.json", "data/inovasi.csv", $"assets/bagikan/{Slug}.png", $"inovasi/{Slug}/studi-tiru.js", .. searchFiles];
        foreach (var path in paths)
            Assert.Equal(RenderedSites.Bytes(clean.Find(path)!), RenderedSites.Bytes(served.Find(path)!));
        Assert.Contains("Inovasi Contoh Tiga", System.Text.Encoding.UTF8.GetString(served.Find("data/inovasi.csv")!.Bytes!));
    }
}
