using System.Text.Json;
using Galeri.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;

namespace Galeri.Tests.Browser;

/// <summary>
/// Photos as a visitor meets them: an entry's gallery opens a larger view by keyboard, goes through the
/// photos, closes with Escape and gives focus back; the page passes axe with the view shut and open;
/// cards show their first photo, and a card without an image its urusan's icon. At 390 and 1280 px.
/// </summary>
public class PhotoGalleryTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private const string Entry = "inovasi/bank-sampah-digital/";

    private WebDriverWait Wait => new(site.Driver, TimeSpan.FromSeconds(15));

    private void Open(int width, string path)
    {
        HeadlessChromium.RequireInstalled();
        HeadlessChromium.SetViewport(site.Driver, width, 900);
        site.Driver.Navigate().GoToUrl(site.Server.BaseUrl + path);
    }

    /// <summary>Scrolls the image into view and waits until it has loaded and decoded.</summary>
    private void Loaded(IWebElement image, string what)
    {
        site.Driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", image);
        Wait.Until(_ => (bool)site.Driver.ExecuteScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)!);
        Assert.True(image.Displayed, what + " is not shown");
    }

    private IWebElement Active => site.Driver.SwitchTo().ActiveElement();

    private bool DialogOpen => (bool)site.Driver.ExecuteScript("return document.querySelector('[data-gallery-dialog]').open;")!;

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void The_gallery_opens_by_keyboard_goes_through_the_photos_and_gives_focus_back_on_escape(int width)
    {
        Open(width, Entry);
        var links = site.Driver.FindElements(By.CssSelector("[data-gallery-item]"));
        Assert.Equal(2, links.Count);
        Loaded(links[0].FindElement(By.TagName("img")), "the first photo");
        Wait.Until(d => (bool)((IJavaScriptExecutor)d).ExecuteScript("return document.readyState === 'complete';")!);

        site.Driver.ExecuteScript("arguments[0].focus();", links[0]);
        new Actions(site.Driver).SendKeys(Keys.Enter).Perform();
        Wait.Until(_ => DialogOpen);
        Assert.Equal("Tutup", Active.Text);
        var large = site.Driver.FindElement(By.CssSelector(".lightbox-image"));
        Assert.EndsWith("foto-penimbangan-1600.jpg", large.GetAttribute("src"), StringComparison.Ordinal);
        Loaded(large, "the large photo");
        Assert.Equal(1600, Convert.ToInt32(site.Driver.ExecuteScript("return arguments[0].naturalWidth;", large)));
        Assert.StartsWith("Petugas bank sampah menimbang", site.Driver.FindElement(By.CssSelector(".lightbox-caption")).Text, StringComparison.Ordinal);
        Assert.Equal(large.GetAttribute("alt"), site.Driver.FindElement(By.CssSelector(".lightbox-caption")).Text);
        Screenshot($"galeri-foto-{width}.png");

        new Actions(site.Driver).SendKeys(Keys.ArrowRight).Perform();
        Wait.Until(_ => large.GetAttribute("src")!.EndsWith("foto-nasabah-1400.jpg", StringComparison.Ordinal));
        Assert.Equal("2 / 2", site.Driver.FindElement(By.CssSelector("[data-gallery-count]")).Text);
        Assert.StartsWith("Nasabah bank sampah", site.Driver.FindElement(By.CssSelector(".lightbox-caption")).Text, StringComparison.Ordinal);
        // The modal view keeps the keyboard inside: back from the close button is the next-photo button.
        new Actions(site.Driver).KeyDown(Keys.Shift).SendKeys(Keys.Tab).KeyUp(Keys.Shift).Perform();
        Assert.Equal("Berikutnya ›", Active.Text);
        Assert.NotNull(Active.FindElements(By.XPath("ancestor::dialog")).SingleOrDefault());

        new Actions(site.Driver).SendKeys(Keys.Escape).Perform();
        Wait.Until(_ => !DialogOpen);
        Assert.Equal(links[0], Active);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void An_entry_with_photos_has_no_axe_violations_with_the_large_view_shut_or_open(int width)
    {
        Open(width, Entry);
        foreach (var image in site.Driver.FindElements(By.CssSelector(".entry-main picture img"))) Loaded(image, "a photo");
        Assert.Equal([], Axe());
        site.Driver.FindElements(By.CssSelector("[data-gallery-item]"))[1].Click();
        Wait.Until(_ => DialogOpen);
        Assert.Equal([], Axe());
        site.Driver.FindElement(By.CssSelector("[data-gallery-close]")).Click();
        Wait.Until(_ => !DialogOpen);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void Cards_show_their_first_photo_and_a_card_without_an_image_its_urusan_icon(int width)
    {
        Open(width, "inovasi/");
        var photoCard = site.Driver.FindElement(By.XPath("//article[contains(@class,'card')][.//a[contains(@href,'bank-sampah-digital')]]"));
        var thumb = photoCard.FindElement(By.CssSelector(".card-thumb--photo picture img"));
        Loaded(thumb, "the card's photo");
        Assert.Contains("foto-penimbangan-", thumb.GetAttribute("currentSrc"), StringComparison.Ordinal);
        Assert.Equal(thumb.Size.Width, photoCard.Size.Width, 2.0);

        var plainCard = site.Driver.FindElement(By.XPath("//article[contains(@class,'card')][.//a[contains(@href,'kelas-ayah')]]"));
        var icon = plainCard.FindElement(By.CssSelector(".card-thumb--empty svg.urusan-icon"));
        site.Driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", icon);
        Assert.True(icon.Displayed);
        Assert.InRange(icon.Size.Height, 30, 80);
        Assert.DoesNotContain("Kelas Ayah", plainCard.FindElement(By.CssSelector(".card-thumb--empty")).Text, StringComparison.OrdinalIgnoreCase);
        Screenshot($"kartu-foto-{width}.png");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public void A_photo_in_the_body_loads_as_WebP_no_wider_than_the_text(int width)
    {
        Open(width, "inovasi/jemput-bola-adminduk/");
        var image = site.Driver.FindElement(By.CssSelector("#cara-kerja .prose picture img"));
        Loaded(image, "the body photo");
        Assert.EndsWith(".webp", image.GetAttribute("currentSrc"), StringComparison.Ordinal);
        Assert.Contains("foto-perekaman-", image.GetAttribute("currentSrc"), StringComparison.Ordinal);
        var column = site.Driver.FindElement(By.CssSelector("#cara-kerja .prose"));
        Assert.InRange(image.Size.Width, 200, column.Size.Width);
        Assert.Equal(image.Size.Width * 3 / 4.0, image.Size.Height, 2.0);
        if (width == 390) Screenshot("foto-uraian-390.png");
    }

    /// <summary>axe-core's violations on the page as "rule: targets", none expected.</summary>
    private List<string> Axe()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "axe-check", "node_modules", "axe-core", "axe.min.js"));
        site.Driver.ExecuteScript(script);
        site.Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        var json = (string)site.Driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(JSON.stringify(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | ')))))
              .catch(e => done(JSON.stringify(['axe failed: ' + e])));
            """)!;
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }

    private void Screenshot(string file)
    {
        ((ITakesScreenshot)site.Driver).GetScreenshot().SaveAsFile(Path.Combine(site.Screenshots, file));
    }
}
