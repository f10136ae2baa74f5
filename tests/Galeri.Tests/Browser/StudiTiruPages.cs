using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Galeri.Tests.Browser;

/// <summary>
/// What the studi tiru browser tests share: waiting for what a page shows (never fixed sleeps),
/// full-page screenshots, print media emulation, printing to PDF, and reading a QR code back with
/// Debian's zbarimg (zbar-tools), a real decoder independent of the encoder.
/// </summary>
public static partial class StudiTiruPages
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static string FileUrl(BrowserFixture site, string path) =>
        new Uri(Path.Combine(site.Output, path.Replace('/', Path.DirectorySeparatorChar))).AbsoluteUri;

    public static void Until(IWebDriver driver, string what, Func<IWebDriver, bool> condition) =>
        new WebDriverWait(driver, Timeout) { Message = "waiting for " + what }.Until(condition);

    public static T Script<T>(IWebDriver driver, string script, params object[] args) => (T)((IJavaScriptExecutor)driver).ExecuteScript(script, args)!;

    /// <summary>The whole page as one picture, at its current media, saved under artifacts/screenshots/.</summary>
    public static string Screenshot(BrowserFixture site, ChromeDriver driver, string file, double scale = 1)
    {
        var width = Convert.ToInt32(driver.ExecuteScript("return document.documentElement.clientWidth;"));
        var height = Convert.ToInt32(driver.ExecuteScript("return Math.min(document.documentElement.scrollHeight, 8000);"));
        driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = scale, ["mobile"] = width < 600,
        });
        var path = Path.Combine(site.Screenshots, file);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(path);
        HeadlessChromium.SetViewport(driver, width, 900);
        return path;
    }

    public static void EmulatePrint(ChromeDriver driver, bool print) =>
        driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = print ? "print" : "" });

    /// <summary>Prints the page on A4 as Chromium does (printToPDF), saves the PDF and returns its page count.</summary>
    public static int PrintA4(BrowserFixture site, ChromeDriver driver, string file)
    {
        var options = new PrintOptions { Orientation = PrintOrientation.Portrait, OutputBackgroundImages = false };
        options.PageDimensions = new PrintOptions.PageSize { Width = 21.0, Height = 29.7 };
        var pdf = Convert.FromBase64String(driver.Print(options).AsBase64EncodedString);
        File.WriteAllBytes(Path.Combine(site.Screenshots, file), pdf);
        return PageObject().Count(Encoding.Latin1.GetString(pdf));
    }

    /// <summary>The texts of the QR codes zbarimg finds in the picture.</summary>
    public static IReadOnlyList<string> DecodeQr(string png)
    {
        const string zbarimg = "/usr/bin/zbarimg";
        if (!File.Exists(zbarimg))
        {
            const string message = "zbarimg tidak terpasang. Pasang dengan: apt-get install -y zbar-tools";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail(message);
            Assert.Skip(message);
        }
        var start = new ProcessStartInfo(zbarimg, ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", png]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>Elements that reach past the right edge of the viewport, outside <paramref name="inside"/> (which may scroll sideways).</summary>
    public static string OverflowOutside(IWebDriver driver, string inside) => Script<string>(driver, """
        const w = document.documentElement.clientWidth;
        const box = arguments[0] ? document.querySelector(arguments[0]) : null;
        return Array.from(document.querySelectorAll('body *'))
          .filter(e => !(box && box.contains(e) && e !== box))
          .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 1; })
          .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');
        """, inside);

    // Each page of a PDF is an object of /Type /Page (the page tree is /Type /Pages).
    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
