using OpenQA.Selenium;

namespace Galeri.Tests.Browser;

/// <summary>
/// The search page (<c>cari/</c>) in Chromium, served under /galeri/ and opened from disk: search as
/// you type in Bahasa Indonesia (stems, partial words, typos), facet filters with counts, the state
/// in the address (shared links, Back), the keyboard, and a layout that fits phones and laptops.
/// </summary>
public class SearchTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    public const string Served = "served";
    public const string FromDisk = "file";

    private const string SiapUjiKir = "Aplikasi Siap Uji KIR Online";

    [Theory]
    [InlineData(Served)]
    [InlineData(FromDisk)]
    public void Typing_kir_puts_siap_uji_kir_online_first(string how)
    {
        var page = Start(how);
        Assert.Equal(page.StoreSize, page.Count);
        Assert.Equal(page.StoreSize, page.ResultNames.Count);

        page.Type("kir");
        Assert.Equal(SiapUjiKir, page.ResultNames[0]);
        Assert.Contains(page.Marks, m => m.Equals("KIR", StringComparison.OrdinalIgnoreCase));
        AssertNoConsoleErrors(page);
    }

    [Theory]
    [InlineData(Served)]
    [InlineData(FromDisk)]
    public void Melayani_finds_the_entries_about_pelayanan(string how)
    {
        var page = Start(how);
        page.Type("melayani");
        Assert.True(page.Count > 0, "no results for melayani");
        // "melayani" and "pelayanan" share the stem "layan": the other forms are found and marked.
        Assert.Contains(page.Marks, m => m.Equals("pelayanan", StringComparison.OrdinalIgnoreCase));
        AssertNoConsoleErrors(page);
    }

    [Fact]
    public void A_partial_word_finds_whole_words_as_you_type()
    {
        var page = Start(Served);
        page.Type("pelay");
        Assert.True(page.Count > 0, "no results for pelay");
        Assert.Contains(page.Marks, m => m.StartsWith("pelayan", StringComparison.OrdinalIgnoreCase));

        page.Type("uji ki");
        Assert.Equal(SiapUjiKir, page.ResultNames[0]);
        AssertNoConsoleErrors(page);
    }

    [Fact]
    public void A_typo_in_a_long_word_still_finds_it()
    {
        var page = Start(Served);
        page.Type("pendaftran");
        Assert.True(page.Count > 0, "no results for the typo pendaftran");
        Assert.Contains(page.Marks, m => m.Contains("daftar", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(SiapUjiKir, page.ResultNames);
        AssertNoConsoleErrors(page);
    }

    [Fact]
    public void Entries_with_every_word_of_the_query_come_first()
    {
        var page = Start(Served);
        page.Type("data terbuka");
        Assert.Equal("Data Go", page.ResultNames[0]);
        AssertNoConsoleErrors(page);
    }

    [Theory]
    [InlineData(Served)]
    [InlineData(FromDisk)]
    public void An_opd_filter_narrows_the_results_and_updates_the_other_counts(string how)
    {
        var page = Start(how);
        var total = page.Count;
        var dishub = page.FacetCount("opd", "dishub");
        var diskominsta = page.FacetCount("opd", "diskominsta");
        var digital = page.FacetCount("jenis", "digital");
        Assert.InRange(dishub, 1, total - 1);

        page.Toggle("opd", "dishub");
        Assert.True(page.IsChecked("opd", "dishub"));
        Assert.Contains("opd=dishub", page.Driver.Url, StringComparison.Ordinal);
        Assert.Equal(dishub, page.Count);
        Assert.Equal(dishub, page.ResultNames.Count);
        Assert.All(page.ResultOpds, opd => Assert.Equal("Dishub", opd));
        // The other facets count within the filter; the OPD facet still counts without it (OR within a facet).
        Assert.NotEqual(digital, page.FacetCount("jenis", "digital"));
        Assert.InRange(page.FacetCount("jenis", "digital"), 0, dishub);
        Assert.Equal(diskominsta, page.FacetCount("opd", "diskominsta"));
        Assert.NotEmpty(page.Driver.FindElements(By.CssSelector("#cari-aktif button[data-nilai='dishub']")));

        page.Type("kir");
        Assert.Equal([SiapUjiKir], page.ResultNames);

        page.Type("");
        page.Toggle("opd", "diskominsta");
        Assert.Equal(page.FacetCount("opd", "dishub") + page.FacetCount("opd", "diskominsta"), page.Count);
        AssertNoConsoleErrors(page);
    }

    [Theory]
    [InlineData(Served)]
    [InlineData(FromDisk)]
    public void A_shared_address_shows_the_same_view(string how)
    {
        var page = Start(how, "?q=data&opd=diskominsta");
        page.WaitForQuery("data");
        Assert.Equal("data", page.Box.GetAttribute("value"));
        Assert.True(page.IsChecked("opd", "diskominsta"));
        Assert.False(page.IsChecked("opd", "dishub"));
        Assert.Equal("Data Go", page.ResultNames[0]);
        Assert.All(page.ResultOpds, opd => Assert.Equal("Diskominsta", opd));
        Assert.Equal(page.ResultNames.Count, page.Count);
        AssertNoConsoleErrors(page);
    }

    [Theory]
    [InlineData(Served)]
    [InlineData(FromDisk)]
    public void The_back_button_restores_the_previous_view(string how)
    {
        var page = Start(how, "?q=data");
        page.WaitForQuery("data");
        var before = page.ResultNames;

        page.Toggle("opd", "diskominsta");
        Assert.True(page.Count < before.Count, "the filter narrows the results");
        page.Toggle("status", "aktif");
        var filtered = page.ResultNames;

        page.Driver.Navigate().Back();
        page.Wait("Back to untick the status filter", _ => !page.IsChecked("status", "aktif"));
        Assert.True(page.IsChecked("opd", "diskominsta"));

        page.Driver.Navigate().Back();
        page.Wait("Back to untick the OPD filter", _ => !page.IsChecked("opd", "diskominsta"));
        Assert.Equal("data", page.Box.GetAttribute("value"));
        Assert.Equal(before, page.ResultNames);
        Assert.DoesNotContain("opd=", page.Driver.Url, StringComparison.Ordinal);

        page.Driver.Navigate().Forward();
        page.Driver.Navigate().Forward();
        page.Wait("Forward to tick both filters again", _ => page.IsChecked("opd", "diskominsta") && page.IsChecked("status", "aktif"));
        Assert.Equal(filtered, page.ResultNames);
        AssertNoConsoleErrors(page);
    }

    [Theory]
    [InlineData(Served)]
    [InlineData(FromDisk)]
    public void The_search_box_in_the_header_goes_to_the_search_page(string how)
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, 1280, 900);
        driver.Navigate().GoToUrl(how == FromDisk ? new Uri(Path.Combine(site.Output, "inovasi", "data-go", "index.html")).AbsoluteUri : site.Server.BaseUrl + "opd/");
        var box = driver.FindElement(By.CssSelector("header form[role='search'] input[name='q']"));
        Assert.False(string.IsNullOrWhiteSpace(driver.FindElement(By.CssSelector($"label[for='{box.GetAttribute("id")}']")).GetAttribute("textContent")));
        box.SendKeys("uji kir" + Keys.Enter);

        var page = new SearchPageDriver(driver);
        page.Wait("the search page", d => d.Url.Contains("/cari/", StringComparison.Ordinal));
        page.WaitReady();
        page.WaitForQuery("uji kir");
        Assert.Equal("uji kir", page.Box.GetAttribute("value"));
        Assert.Equal(SiapUjiKir, page.ResultNames[0]);
        AssertNoConsoleErrors(page);
    }

    [Fact]
    public void The_keyboard_can_search_clear_and_filter()
    {
        var page = Start(Served);
        var driver = page.Driver;
        var total = page.Count;
        Assert.Equal("polite", driver.FindElement(By.Id("cari-jumlah")).GetAttribute("aria-live"));
        Assert.False(string.IsNullOrWhiteSpace(driver.FindElement(By.CssSelector("label[for='cari-q']")).Text));

        // Enter runs the search without reloading the page.
        driver.ExecuteScript("window.galeriBelumDimuatUlang = true;");
        page.Box.SendKeys("data" + Keys.Enter);
        page.WaitForQuery("data");
        Assert.Equal(true, driver.ExecuteScript("return window.galeriBelumDimuatUlang === true;"));

        // Escape empties the box and shows every entry again.
        page.Box.SendKeys(Keys.Escape);
        page.WaitForQuery("");
        Assert.Equal("", page.Box.GetAttribute("value"));
        Assert.Equal(total, page.Count);

        // The filters are real checkboxes: Tab reaches them and Space ticks them.
        page.OpenFilterPanel();
        driver.ExecuteScript("arguments[0].focus();", page.Option("jenis", "digital"));
        var before = driver.Url;
        driver.SwitchTo().ActiveElement().SendKeys(Keys.Space);
        page.Wait("Space to tick the filter", d => d.Url != before);
        Assert.True(page.IsChecked("jenis", "digital"));
        Assert.Equal("f-jenis-digital", driver.SwitchTo().ActiveElement().GetAttribute("id"));
        driver.SwitchTo().ActiveElement().SendKeys(Keys.Tab);
        Assert.Equal("INPUT", driver.SwitchTo().ActiveElement().TagName.ToUpperInvariant());
        AssertNoConsoleErrors(page);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void The_search_page_fits_the_screen_without_console_errors(int width)
    {
        var page = Start(Served, "?q=pelayanan", width);
        page.WaitForQuery("pelayanan");
        var driver = page.Driver;
        var panel = driver.FindElement(By.Id("cari-saring"));
        var summary = panel.FindElement(By.TagName("summary"));
        if (width < 600)
        {
            // A phone: the filters wait behind "Saring", the results come first.
            Assert.True(summary.Displayed);
            Assert.Null(panel.GetAttribute("open"));
            Assert.Equal("", page.Overflowing());
            Screenshot(driver, $"cari-{width}.png");
            page.OpenFilterPanel();
            Screenshot(driver, $"cari-{width}-saring.png");
        }
        else
        {
            // A laptop: the filters are a sidebar beside the results.
            Assert.False(summary.Displayed);
            Assert.True(page.Option("opd", "dishub").Displayed || page.FacetCount("opd", "dishub") == 0);
            var sidebar = panel.Location.X;
            var results = driver.FindElement(By.Id("cari-daftar")).Location.X;
            Assert.True(results > sidebar + 200, "results beside the filters");
            Screenshot(driver, $"cari-{width}.png");
        }
        Assert.Equal("", page.Overflowing());
        AssertNoConsoleErrors(page);
    }

    [Fact]
    public void Without_javascript_the_page_links_to_the_catalog_and_the_taxonomies()
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, 390, 900);
        driver.ExecuteCdpCommand("Emulation.setScriptExecutionDisabled", new Dictionary<string, object?> { ["value"] = true });
        try
        {
            driver.Navigate().GoToUrl(site.Server.BaseUrl + "cari/?q=kir");
            var links = driver.FindElements(By.CssSelector("main a")).Where(a => a.Displayed).Select(a => a.GetAttribute("href") ?? "").ToList();
            foreach (var target in new[] { "inovasi/index.html", "opd/index.html", "urusan/index.html", "jenis/index.html", "tahapan/index.html", "status/index.html", "tahun/index.html" })
                Assert.Contains(links, href => href.EndsWith("/galeri/" + target, StringComparison.Ordinal));
            Assert.False(driver.FindElement(By.Id("cari-q")).Displayed, "no search box that cannot work");
            Assert.NotEmpty(driver.FindElement(By.TagName("main")).Text);
        }
        finally
        {
            driver.ExecuteCdpCommand("Emulation.setScriptExecutionDisabled", new Dictionary<string, object?> { ["value"] = false });
        }
    }

    private SearchPageDriver Start(string how, string query = "", int width = 1280)
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, width, 900);
        driver.Manage().Logs.GetLog(LogType.Browser); // drop entries from earlier pages
        var page = new SearchPageDriver(driver);
        page.Open(how == FromDisk
            ? new Uri(Path.Combine(site.Output, "cari", "index.html")).AbsoluteUri + query
            : site.Server.BaseUrl + "cari/" + query);
        return page;
    }

    private static void AssertNoConsoleErrors(SearchPageDriver page)
    {
        var errors = page.SevereConsoleMessages();
        Assert.True(errors.Count == 0, "console errors:\n" + string.Join("\n", errors));
    }

    private void Screenshot(OpenQA.Selenium.Chrome.ChromeDriver driver, string file)
    {
        // The full page, as a visitor scrolls through it.
        var height = Convert.ToInt64(driver.ExecuteScript("return Math.min(document.documentElement.scrollHeight, 6000);"));
        var width = Convert.ToInt64(driver.ExecuteScript("return document.documentElement.clientWidth;"));
        HeadlessChromium.SetViewport(driver, (int)width, (int)height);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(site.Screenshots, file));
        HeadlessChromium.SetViewport(driver, (int)width, 900);
    }
}
