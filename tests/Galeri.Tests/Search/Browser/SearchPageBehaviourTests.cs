using System.Globalization;
using Galeri.Tests.Browser;
using OpenQA.Selenium;

namespace Galeri.Tests.Search.Browser;

/// <summary>
/// What a visitor sees on the search page beyond the ranking: the plain "no entry holds all words"
/// message with the partial list under its own heading, a reason on every result, the word being
/// typed matching beginnings of words while a submitted search does not, "Maksud Anda", and a page
/// that does not jump while its scripts load (layout shift measured in Chromium).
/// </summary>
public class SearchPageBehaviourTests(RelevanceFixture sites) : IClassFixture<RelevanceFixture>
{
    private IWebElement Find(string id) => sites.Driver.FindElement(By.Id(id));

    private SearchPageDriver Open(string site, string query)
    {
        HeadlessChromium.RequireInstalled();
        sites.Forget();
        HeadlessChromium.SetViewport(sites.Driver, 1280, 900);
        var page = new SearchPageDriver(sites.Driver);
        page.Open(RelevanceFixture.SearchPage(site) + query);
        return page;
    }

    [Fact]
    public void When_no_entry_holds_every_word_the_page_says_so_and_lists_partial_matches_under_their_own_heading()
    {
        var page = Open(sites.Sample, "?q=pajak+daerah");
        Assert.StartsWith("0 inovasi", page.CountText, StringComparison.Ordinal);
        Assert.True(Find("cari-semua-kata").Displayed);
        Assert.Equal("Tidak ada inovasi yang memuat semua kata “pajak daerah”.", Find("cari-semua-kata").Text);
        Assert.True(Find("cari-sebagian").Displayed);
        Assert.Equal("Inovasi yang memuat sebagian kata", Find("cari-sebagian").Text);
        Assert.NotEmpty(page.ResultNames);
        Assert.False(Find("cari-kosong").Displayed);

        // A query every word of which one entry holds shows neither.
        page.Type("aset daerah");
        Assert.False(Find("cari-semua-kata").Displayed);
        Assert.False(Find("cari-sebagian").Displayed);
        Assert.StartsWith("1 inovasi", page.CountText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_result_shows_why_it_matched_with_the_matched_word_marked()
    {
        var page = Open(sites.Sample, "?q=transportasi");
        var reasons = sites.Driver.FindElements(By.CssSelector("#cari-daftar li"))
            .Select(li => li.FindElement(By.CssSelector(".hit-alasan"))).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r =>
        {
            Assert.True(r.Displayed);
            Assert.StartsWith("cocok:", r.Text, StringComparison.Ordinal);
            Assert.NotEmpty(r.FindElements(By.TagName("mark")));
        });
        // The entries that hold only a synonym (perhubungan, angkutan) say so; one that holds the word itself needs no synonym.
        Assert.Contains(reasons, r => r.Text.Contains("sinonim “transportasi”", StringComparison.Ordinal));
        Assert.All(reasons.Where(r => !r.Text.Contains("sinonim", StringComparison.Ordinal)),
            r => Assert.Contains("transportasi", r.FindElement(By.TagName("mark")).Text, StringComparison.OrdinalIgnoreCase));
        page.Type("kendaran");
        var corrected = sites.Driver.FindElement(By.CssSelector("#cari-daftar li .hit-alasan"));
        Assert.Equal("kendaraan", corrected.FindElement(By.TagName("mark")).Text);
        Assert.Contains("koreksi dari “kendaran”", corrected.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_being_typed_matches_beginnings_of_words_but_a_submitted_or_linked_one_does_not()
    {
        // Typed key by key into the box: "park" is a beginning of "parkir".
        var page = Open(sites.Sample, "");
        page.Type("park");
        Assert.Contains("Parkir Tepi Jalan Nontunai", page.ResultNames);
        // Enter submits it: whole words only, so nothing holds "park".
        page.Box.SendKeys(Keys.Enter);
        page.Wait("the submitted search", _ => page.ResultNames.Count == 0);
        Assert.StartsWith("0 inovasi", page.CountText, StringComparison.Ordinal);

        // From a link (or the header's box): "data" is a whole word, not the start of "datang".
        page = Open(sites.Sample, "?q=data");
        var reasons = sites.Driver.FindElements(By.CssSelector("#cari-daftar .hit-alasan")).Select(r => r.Text).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Matches(@"^cocok: data di ", r));
        Assert.Empty(Open(sites.Sample, "?q=park").ResultNames);
    }

    [Fact]
    public void A_query_that_finds_nothing_offers_maksud_anda_from_the_index_and_a_way_to_browse()
    {
        Open(sites.Sample, "?q=dqta");
        Assert.True(Find("cari-kosong").Displayed);
        var suggestion = Find("cari-maksud").FindElement(By.TagName("a"));
        Assert.Equal("data", suggestion.Text);
        suggestion.Click();
        var page = new SearchPageDriver(sites.Driver);
        page.WaitReady();
        Assert.Contains("Data Go", page.ResultNames);

        // A real word the catalog lacks is not "corrected" into another one.
        Open(sites.Sample, "?q=pajak");
        Assert.True(Find("cari-kosong").Displayed);
        Assert.False(Find("cari-maksud").Displayed);
        Assert.NotEmpty(Find("cari-kosong").FindElements(By.CssSelector("a[href$='inovasi/index.html']")));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void The_page_does_not_jump_while_its_scripts_and_index_load(int width)
    {
        HeadlessChromium.RequireInstalled();
        sites.Forget();
        var driver = sites.Driver;
        HeadlessChromium.SetViewport(driver, width, 900);
        foreach (var query in new[] { "", "?q=kir", "?q=pajak+daerah" })
        {
            var page = new SearchPageDriver(driver);
            page.Open(RelevanceFixture.SearchPage(sites.Sample) + query);
            // Every layout shift since navigation (buffered), as Lighthouse's CLS counts them: those without recent input.
            var shift = Convert.ToDouble(driver.ExecuteAsyncScript("""
                var done = arguments[arguments.length - 1], total = 0;
                new PerformanceObserver(function (list) {
                  list.getEntries().forEach(function (e) { if (!e.hadRecentInput) total += e.value; });
                }).observe({ type: 'layout-shift', buffered: true });
                requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(function () { done(total); }, 0); }); });
                """), CultureInfo.InvariantCulture);
            Assert.True(shift < 0.05, $"layout shift {shift:0.000} at {width} px for \"{query}\" (goal < 0.05)");
        }
    }
}
