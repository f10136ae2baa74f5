using OpenQA.Selenium;
using static Galeri.Tests.Browser.StudiTiruPages;

namespace Galeri.Tests.Browser;

/// <summary>
/// bandingkan/?pilih=…: two to four innovations side by side, one column each, readable on a phone:
/// only the table scrolls sideways, the page does not; opened from disk (file://), as a delegation
/// might from a USB stick.
/// </summary>
public class CompareTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, int> Choices => new()
    {
        { "siap-uji-kir-online,data-go", 390 },
        { "siap-uji-kir-online,data-go", 1280 },
        { "siap-uji-kir-online,data-go,kelas-ayah,forum-tjslp", 390 },
        { "siap-uji-kir-online,data-go,kelas-ayah,forum-tjslp", 1280 },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void Innovations_stand_side_by_side_and_only_the_table_scrolls(string slugs, int width)
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, width, 900);
        driver.Navigate().GoToUrl(FileUrl(site, "bandingkan/index.html") + "?pilih=" + slugs);
        var chosen = slugs.Split(',');
        Until(driver, "the comparison table", d => d.FindElements(By.CssSelector(".compare-table thead th")).Count == chosen.Length);

        var heads = driver.FindElements(By.CssSelector(".compare-table thead th a")).Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(chosen, heads.Select(h => h.Split("/inovasi/")[1].Split('/')[0]));
        var rows = driver.FindElements(By.CssSelector(".compare-table tbody tr")).ToDictionary(r => r.FindElement(By.TagName("th")).Text, r => r.FindElements(By.TagName("td")).Select(c => c.Text).ToList());
        Assert.All(rows.Values, cells => Assert.Equal(chosen.Length, cells.Count));
        // What the innovations cost, on what legal basis, who to call: the row labels are the entry page's.
        Assert.Equal("Rp 175.000.000", rows["Perkiraan biaya"][0]);
        Assert.Contains("Peraturan Wali Kota/Bupati Nomor 27 Tahun 2018", rows["Dasar hukum"][0]);
        Assert.Contains("dishub@magelangkota.go.id", rows["Kontak"][0]);
        Assert.Contains("Rp 250.000.000", rows["Biaya di sini"][1]);
        Assert.Contains("4 inovasi dibandingkan.".Replace("4", chosen.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            driver.FindElement(By.Id("bandingkan-status")).Text);

        Screenshot(site, driver, $"bandingkan-{chosen.Length}-{width}.png");
        var overflow = OverflowOutside(driver, "#bandingkan-isi");
        Assert.True(overflow.Length == 0, $"the page scrolls sideways at {width}px: {overflow}");
        var wrap = driver.FindElement(By.Id("bandingkan-isi"));
        var wrapWidth = Script<long>(driver, "return arguments[0].clientWidth;", wrap);
        var tableWidth = Script<long>(driver, "return arguments[0].scrollWidth;", wrap);
        if (width == 390) Assert.True(tableWidth > wrapWidth, "on a phone the columns scroll sideways inside the table");
        Assert.Equal("sticky", Script<string>(driver, "return getComputedStyle(document.querySelector('.compare-table thead th')).position;"));
        Assert.Equal("sticky", Script<string>(driver, "return getComputedStyle(document.querySelector('.compare-table tbody th')).position;"));
    }

    [Fact]
    public void Entries_added_with_the_button_are_compared_and_removed_by_keyboard()
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, 1280, 900);
        driver.Navigate().GoToUrl(FileUrl(site, "inovasi/data-go/index.html"));
        driver.ExecuteScript("localStorage.clear();");
        foreach (var slug in new[] { "data-go", "lacak-izin" })
        {
            driver.Navigate().GoToUrl(FileUrl(site, $"inovasi/{slug}/index.html"));
            var button = driver.FindElement(By.CssSelector($".entry-actions [data-bandingkan='{slug}']"));
            Until(driver, "the compare button", _ => button.Displayed);
            button.SendKeys(Keys.Enter);
            Until(driver, "the button to show it is pressed", _ => button.GetAttribute("aria-pressed") == "true");
            Assert.Contains("ditambahkan ke perbandingan", driver.FindElement(By.CssSelector(".studi-toast[role=status]")).Text);
        }
        driver.Navigate().GoToUrl(FileUrl(site, "bandingkan/index.html"));
        Until(driver, "two columns", d => d.FindElements(By.CssSelector(".compare-table thead th")).Count == 2);
        driver.FindElement(By.CssSelector(".compare-remove")).SendKeys(Keys.Enter);
        Until(driver, "one column left", d => d.FindElements(By.CssSelector(".compare-table thead th")).Count == 1);
        Assert.Contains("Pilih paling sedikit dua inovasi", driver.FindElement(By.Id("bandingkan-status")).Text);
        Assert.Equal("[\"lacak-izin\"]", Script<string>(driver, "return localStorage.getItem('galeri-studi-tiru:bandingkan');"));
    }
}
