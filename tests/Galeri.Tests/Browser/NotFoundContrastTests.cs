using OpenQA.Selenium;

namespace Galeri.Tests.Browser;

/// <summary>The 404 page's large "404" is readable: at least 3:1 against what is behind it, as large text needs (WCAG 1.4.3).</summary>
public class NotFoundContrastTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void The_large_404_meets_the_contrast_for_large_text()
    {
        HeadlessChromium.RequireInstalled();
        HeadlessChromium.SetViewport(site.Driver, 390, 900);
        site.Driver.Navigate().GoToUrl(site.Server.BaseUrl + "tidak-ada/");
        var code = site.Driver.FindElement(By.CssSelector(".not-found-code"));
        Assert.Equal("404", code.Text);
        // The colour as painted and the first opaque background behind it, as the browser computed them.
        var colours = (IReadOnlyCollection<object>)site.Driver.ExecuteScript("""
            const el = arguments[0];
            const rgb = s => s.match(/[\d.]+/g).map(Number);
            let bg = el;
            while (bg && (getComputedStyle(bg).backgroundColor === 'transparent' || rgb(getComputedStyle(bg).backgroundColor)[3] === 0)) bg = bg.parentElement;
            const style = getComputedStyle(el);
            return [...rgb(style.color).slice(0, 3), ...rgb(bg ? getComputedStyle(bg).backgroundColor : 'rgb(255,255,255)').slice(0, 3), parseFloat(style.fontSize), Number(style.fontWeight)];
            """, code)!;
        var v = colours.Select(Convert.ToDouble).ToArray();
        var ratio = Contrast(v[0..3], v[3..6]);
        Assert.True(v[6] >= 24 || (v[6] >= 18.66 && v[7] >= 700), $"font size {v[6]} px is not large text");
        Assert.True(ratio >= 3.0, $"contrast {ratio:0.00}:1");
    }

    private static double Contrast(double[] a, double[] b)
    {
        static double Luminance(double[] c)
        {
            var l = c.Select(x => x / 255).Select(x => x <= 0.03928 ? x / 12.92 : Math.Pow((x + 0.055) / 1.055, 2.4)).ToArray();
            return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        }
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }
}
