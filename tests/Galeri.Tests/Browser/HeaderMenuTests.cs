using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace Galeri.Tests.Browser;

/// <summary>
/// The header on a phone (390 px): at most 120 px tall with the search box in it, the menu behind a
/// disclosure button a keyboard user opens, walks and closes; on a laptop (1280 px) the whole menu shows.
/// </summary>
public class HeaderMenuTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private IWebElement Open(int width, string path = "inovasi/data-go/")
    {
        HeadlessChromium.RequireInstalled();
        HeadlessChromium.SetViewport(site.Driver, width, 900);
        site.Driver.Navigate().GoToUrl(site.Server.BaseUrl + path);
        // galeri.js runs deferred: wait until it has shown the button (or, wide, styled it away).
        new WebDriverWait(site.Driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElement(By.CssSelector(".site-nav.nav-ready")));
        return site.Driver.FindElement(By.CssSelector(".site-header"));
    }

    private bool Expanded => site.Driver.FindElement(By.CssSelector(".nav-toggle")).GetAttribute("aria-expanded") == "true";

    [Fact]
    public void On_a_phone_the_header_is_at_most_120_px_with_the_search_box_and_a_closed_menu()
    {
        var header = Open(390);
        Assert.InRange(header.Size.Height, 1, 120);
        Assert.True(site.Driver.FindElement(By.Id("kotak-cari")).Displayed, "the search box is one tap away");
        var toggle = site.Driver.FindElement(By.CssSelector(".nav-toggle"));
        Assert.True(toggle.Displayed);
        Assert.Equal("menu-utama", toggle.GetAttribute("aria-controls"));
        Assert.False(Expanded);
        Assert.False(site.Driver.FindElement(By.Id("menu-utama")).Displayed);
    }

    [Fact]
    public void A_keyboard_user_opens_the_menu_reaches_every_link_and_closes_it_with_escape()
    {
        Open(390);
        var toggle = site.Driver.FindElement(By.CssSelector(".nav-toggle"));
        // Tab from the search box's button to the menu button, as a keyboard user would.
        site.Driver.ExecuteScript("document.querySelector('.header-search button').focus();");
        new Actions(site.Driver).SendKeys(Keys.Tab).Perform();
        Assert.Equal(toggle, site.Driver.SwitchTo().ActiveElement());
        new Actions(site.Driver).SendKeys(Keys.Enter).Perform();
        Assert.True(Expanded);
        var links = site.Driver.FindElements(By.CssSelector("#menu-utama a"));
        Assert.Equal(links.Count, links.Count(l => l.Displayed));
        foreach (var link in links)
        {
            new Actions(site.Driver).SendKeys(Keys.Tab).Perform();
            Assert.Equal(link, site.Driver.SwitchTo().ActiveElement());
        }
        new Actions(site.Driver).SendKeys(Keys.Escape).Perform();
        Assert.False(Expanded);
        Assert.Equal(toggle, site.Driver.SwitchTo().ActiveElement());
        Assert.False(site.Driver.FindElement(By.Id("menu-utama")).Displayed);
    }

    [Fact]
    public void On_a_laptop_the_whole_menu_shows_in_one_row_and_no_button()
    {
        Open(1280);
        Assert.False(site.Driver.FindElement(By.CssSelector(".nav-toggle")).Displayed);
        var links = site.Driver.FindElements(By.CssSelector("#menu-utama a"));
        Assert.All(links, l => Assert.True(l.Displayed));
        Assert.Single(links.Select(l => l.Location.Y).Distinct());
        // Over http the site script links the web app manifest, which the browser can fetch there.
        var manifest = (string?)site.Driver.ExecuteScript("var l = document.querySelector('link[rel=manifest]'); return l && l.href;");
        Assert.Equal(site.Server.BaseUrl + "manifest.webmanifest", manifest);
    }
}
