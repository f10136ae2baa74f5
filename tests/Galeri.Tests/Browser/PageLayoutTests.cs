using OpenQA.Selenium;

namespace Galeri.Tests.Browser;

/// <summary>
/// What a visitor sees: home, catalog and an entry page at phone (390 px) and laptop (1280 px)
/// width, with no sideways scrolling and no console errors. Screenshots go to artifacts/screenshots/.
/// </summary>
public class PageLayoutTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string, int> Pages => new()
    {
        { "home", "", 390 },
        { "home", "", 1280 },
        { "katalog", "inovasi/", 390 },
        { "katalog", "inovasi/", 1280 },
        { "entri", "inovasi/siap-uji-kir-online/", 390 },
        { "entri", "inovasi/siap-uji-kir-online/", 1280 },
        { "statistik", "statistik/", 390 },
        { "statistik", "statistik/", 1280 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_fits_the_screen_without_console_errors(string name, string path, int width)
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, width, 900);
        driver.Manage().Logs.GetLog(LogType.Browser); // drop entries from earlier pages
        driver.Navigate().GoToUrl(site.Server.BaseUrl + path);

        var h1 = driver.FindElement(By.TagName("h1"));
        Assert.False(string.IsNullOrWhiteSpace(h1.Text));
        var stylesheetApplied = (bool)driver.ExecuteScript(
            "return Array.from(document.styleSheets).some(s => s.href && s.cssRules.length > 0);")!;
        Assert.True(stylesheetApplied, "the theme's stylesheet loaded under the sub-path");

        var scrollWidth = Convert.ToInt64(driver.ExecuteScript("return document.documentElement.scrollWidth;"));
        var viewport = Convert.ToInt64(driver.ExecuteScript("return document.documentElement.clientWidth;"));
        var overflowing = driver.ExecuteScript("""
            const w = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *'))
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 1; })
              .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');
            """);
        Screenshot(driver, $"{name}-{width}.png");
        Assert.True(scrollWidth <= viewport, $"{path} at {width}px scrolls sideways ({scrollWidth} > {viewport}): {overflowing}");

        var errors = driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == LogLevel.Severe).Select(e => e.Message).ToList();
        Assert.True(errors.Count == 0, $"console errors on {path}:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_output_opened_from_disk_shows_the_styled_entry_page_and_its_links_work()
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, 1280, 900);
        driver.Navigate().GoToUrl(new Uri(Path.Combine(site.Output, "inovasi", "data-go", "index.html")).AbsoluteUri);
        var stylesheetApplied = (bool)driver.ExecuteScript("return Array.from(document.styleSheets).some(s => s.href && s.href.endsWith('.css'));")!;
        Assert.True(stylesheetApplied);
        var opdLink = driver.FindElements(By.CssSelector("main a")).First(a => (a.GetAttribute("href") ?? "").Contains("/opd/diskominsta/"));
        driver.Navigate().GoToUrl(opdLink.GetAttribute("href")!);
        Assert.Contains("Diskominsta", driver.FindElement(By.TagName("body")).Text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("file://", driver.Url);
    }

    [Fact]
    public void A_missing_address_under_the_sub_path_shows_the_styled_404_page_with_working_links()
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, 1280, 900);
        driver.Navigate().GoToUrl(site.Server.BaseUrl + "inovasi/tidak-ada/lagi/");
        var stylesheetApplied = (bool)driver.ExecuteScript("return Array.from(document.styleSheets).some(s => s.href && s.cssRules.length > 0);")!;
        Assert.True(stylesheetApplied, "404 page is styled even deep under the sub-path");
        var home = driver.FindElements(By.CssSelector("main a")).First();
        home.Click();
        Assert.NotNull(driver.FindElement(By.TagName("h1")));
        Assert.StartsWith(site.Server.BaseUrl, driver.Url);
        Screenshot(driver, "404-1280.png");
    }

    private void Screenshot(IWebDriver driver, string file)
    {
        // Full page height, so the screenshot shows everything a visitor would scroll through.
        var chrome = (OpenQA.Selenium.Chrome.ChromeDriver)driver;
        var height = Convert.ToInt64(chrome.ExecuteScript("return Math.min(document.documentElement.scrollHeight, 6000);"));
        var width = Convert.ToInt64(chrome.ExecuteScript("return document.documentElement.clientWidth;"));
        HeadlessChromium.SetViewport(chrome, (int)width, (int)height);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(site.Screenshots, file));
        HeadlessChromium.SetViewport(chrome, (int)width, 900);
    }
}
