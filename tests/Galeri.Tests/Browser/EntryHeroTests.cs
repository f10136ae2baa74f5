using OpenQA.Selenium;

namespace Galeri.Tests.Browser;

/// <summary>The entry hero uses its width on a laptop: the first image, or the numbers at a glance, beside the title; on a phone only the title block.</summary>
public class EntryHeroTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("inovasi/siap-uji-kir-online/", ".entry-hero-image")]
    [InlineData("inovasi/kelas-ayah/", ".hero-facts")]
    public void At_1280_px_the_right_half_of_the_hero_shows_the_image_or_the_numbers(string path, string shown)
    {
        HeadlessChromium.RequireInstalled();
        HeadlessChromium.SetViewport(site.Driver, 1280, 900);
        site.Driver.Navigate().GoToUrl(site.Server.BaseUrl + path);
        var aside = site.Driver.FindElement(By.CssSelector(".page-head--entry " + shown));
        var title = site.Driver.FindElement(By.CssSelector(".page-head--entry h1"));
        Assert.True(aside.Displayed);
        Assert.True(aside.Location.X > 640, $"{shown} starts at x={aside.Location.X}");
        Assert.True(aside.Location.X >= title.Location.X + title.Size.Width, "beside the title, not over it");

        HeadlessChromium.SetViewport(site.Driver, 390, 900);
        site.Driver.Navigate().Refresh();
        Assert.False(site.Driver.FindElement(By.CssSelector(".entry-hero-aside")).Displayed);
    }
}
