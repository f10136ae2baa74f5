using Galeri.Tests.Integration;
using Galeri.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Galeri.Tests.Browser;

/// <summary>
/// The sample site through <c>galeri serve</c> in Chromium, under the server's Content-Security-Policy:
/// pages, search and live reload all work, and nothing the policy forbids is attempted — while an
/// inline script a page did not get from the server (what an injected one would be) is refused.
/// </summary>
public sealed class ServedPolicyTests : IDisposable
{
    // Installed before any page script runs: every violation of the policy is recorded, and so is
    // every live-reload connection the page opens.
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', function (e) {
          window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
        });
        window.__sources = [];
        var Original = window.EventSource;
        window.EventSource = function (url) { var source = new Original(url); window.__sources.push(source); return source; };
        """;

    private readonly ServedSite _served = new();
    private ChromeDriver? _driver;

    public void Dispose()
    {
        _driver?.Quit();
        _served.Dispose();
    }

    private ChromeDriver Driver()
    {
        HeadlessChromium.RequireInstalled();
        _driver = HeadlessChromium.Start();
        _driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = RecordViolations });
        return _driver;
    }

    private static IReadOnlyList<string> Violations(ChromeDriver driver) =>
        ((IReadOnlyCollection<object>)driver.ExecuteScript("return window.__violations;")!).Select(v => v.ToString()!).ToList();

    private static void AssertClean(ChromeDriver driver, string page)
    {
        Assert.True(Violations(driver).Count == 0, $"{page}: policy violations:\n{string.Join("\n", Violations(driver))}");
        var severe = driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == LogLevel.Severe).Select(e => e.Message).ToList();
        Assert.True(severe.Count == 0, $"{page}: console errors:\n{string.Join("\n", severe)}");
    }

    [Fact]
    public async Task Pages_search_and_live_reload_work_under_the_policy_and_an_injected_inline_script_is_refused()
    {
        var driver = Driver();
        var site = _served.StartOn(RepoPaths.Content, "/galeri/");
        await _served.WaitFor(site, (s, _) => s == System.Net.HttpStatusCode.OK);

        foreach (var page in new[] { "", "inovasi/", "inovasi/data-go/", "opd/dishub/", "tentang/" })
        {
            driver.Navigate().GoToUrl(site + page);
            Assert.NotEmpty(driver.FindElements(By.TagName("h1")));
            AssertClean(driver, page);
        }

        var search = new SearchPageDriver(driver);
        search.Open(site + "cari/");
        search.Type("kir");
        Assert.Equal("Aplikasi Siap Uji KIR Online", search.ResultNames[0]);
        AssertClean(driver, "cari/");

        // The live-reload script is inline, admitted by its response's nonce: a save reloads the page.
        driver.Navigate().GoToUrl(site + "inovasi/data-go/");
        search.Wait("the live-reload connection", d => (bool)((IJavaScriptExecutor)d).ExecuteScript(
            "return window.__sources.some(function (s) { return s.readyState === 1 && s.url.indexOf('__galeri/events') >= 0; });")!);
        var entry = Path.Combine(_served.ContentFolder, "inovasi", "data-go", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("nama: Data Go", "nama: Data Go Terbuka"));
        search.Wait("the page to reload itself", d => d.FindElement(By.TagName("h1")).Text.Contains("Data Go Terbuka", StringComparison.Ordinal));
        AssertClean(driver, "inovasi/data-go/ after the save");

        // An inline script without the nonce, as injected markup would be, does not run.
        driver.ExecuteScript("var s = document.createElement('script'); s.textContent = 'window.__ran = true;'; document.body.appendChild(s);");
        search.Wait("the refusal to be reported", _ => Violations(driver).Count > 0);
        Assert.Null(driver.ExecuteScript("return window.__ran;"));
        Assert.StartsWith("script-src", Violations(driver)[0], StringComparison.Ordinal);
    }
}
