using System.Collections;
using Galeri.Tests.Browser;
using OpenQA.Selenium;

namespace Galeri.Tests.Search.Browser;

/// <summary>
/// The split search data in Chromium, from a server under a sub-path and from disk (file://, where
/// only script tags can load data): a query finds its entry while loading only the parts it needs,
/// and "show more" loads the next results' documents.
/// </summary>
public class SplitIndexTests(SplitIndexFixture site) : IClassFixture<SplitIndexFixture>
{
    [Theory]
    [InlineData("served")]
    [InlineData("file")]
    public void A_query_finds_its_entry_and_loads_only_the_parts_it_needs(string how)
    {
        var page = Open(how);
        page.Type("contoh 77");
        Assert.Equal("Inovasi Contoh 77", page.ResultNames[0]);
        Assert.Contains(page.Marks, m => m == "77");

        var loaded = SearchParts();
        var shards = Directory.GetFiles(Path.Combine(site.Output, "assets", "search", "t")).Length;
        var chunks = Directory.GetFiles(Path.Combine(site.Output, "assets", "search", "d")).Length;
        Assert.True(chunks > 3, $"{chunks} result chunks: the catalog is too small to test loading");
        var loadedShards = loaded.Count(p => p.StartsWith("t/", StringComparison.Ordinal));
        Assert.True(loadedShards > 0 && loadedShards < shards / 4, $"{loadedShards} of {shards} shards loaded: {string.Join(", ", loaded)}");
        // The known words and the term list are for correcting a word that matches nothing: not loaded for a query that finds its entry.
        Assert.DoesNotContain("istilah", loaded);
        Assert.DoesNotContain("kata", loaded);
        Assert.True(loaded.Count(p => p.StartsWith("d/", StringComparison.Ordinal)) < chunks, string.Join(", ", loaded));
        Assert.Empty(page.SevereConsoleMessages());
    }

    [Theory]
    [InlineData("served")]
    [InlineData("file")]
    public void Show_more_loads_the_next_entries_and_a_misspelt_word_is_corrected(string how)
    {
        var page = Open(how);
        // The screen's worth of results comes first, the rest of the page of 24 after it: once ready, the page is whole.
        var firstPage = page.ResultNames;
        Assert.Equal(24, firstPage.Count);
        var more = site.Driver.FindElement(By.Id("cari-lagi"));
        site.Driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", more);
        more.Click();
        page.Wait("the next results", _ => page.ResultNames.Count > firstPage.Count);
        var names = page.ResultNames;
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));

        page.Type("portall");
        Assert.True(page.Count > 100, $"the misspelt \"portall\" found {page.Count}");
        Assert.Contains(SearchParts(), p => p == "istilah");
        Assert.Empty(page.SevereConsoleMessages());
    }

    private SearchPageDriver Open(string how)
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, 1280, 900);
        driver.Manage().Logs.GetLog(LogType.Browser);
        var page = new SearchPageDriver(driver);
        page.Open(how == "file" ? new Uri(Path.Combine(site.Output, "cari", "index.html")).AbsoluteUri : site.Server.BaseUrl + "cari/");
        return page;
    }

    /// <summary>The search data parts the page has loaded ("t/ko", "d/0", "meta"): its script tags (file:// keeps no resource timings).</summary>
    private List<string> SearchParts() =>
        [.. ((IEnumerable)site.Driver.ExecuteScript("return Array.prototype.map.call(document.scripts, function (s) { return s.src; });")!)
            .Cast<object>().Select(o => o.ToString()!)
            .Select(n => n.Split('?')[0])
            .Where(n => n.Contains("/assets/search/", StringComparison.Ordinal))
            .Select(n => n[(n.IndexOf("/assets/search/", StringComparison.Ordinal) + "/assets/search/".Length)..^3])];
}
