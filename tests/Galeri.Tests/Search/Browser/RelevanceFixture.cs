using Galeri.Build;
using Galeri.Tests.Browser;
using Galeri.Tests.Support;
using OpenQA.Selenium.Chrome;

namespace Galeri.Tests.Search.Browser;

/// <summary>
/// Two catalogs built with the real theme and opened from disk (file://) in one Chromium: the sample
/// (Kota Magelang) and a second catalog of another region in other words
/// (<c>tests/relevance/lereng/</c>, Kabupaten Lereng Merapi), so the search rules are checked on
/// wording they were not tuned to.
/// </summary>
public sealed class RelevanceFixture : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Lazy<ChromeDriver> _driver = new(HeadlessChromium.Start);
    private string? _open;

    public RelevanceFixture()
    {
        Sample = Build(RepoPaths.Content, "sample");
        Lereng = Build(Path.Combine(RepoPaths.Root, "tests", "relevance", "lereng"), "lereng");
    }

    /// <summary>The built sample site's folder.</summary>
    public string Sample { get; }

    /// <summary>The built second catalog's folder.</summary>
    public string Lereng { get; }

    public ChromeDriver Driver => _driver.Value;

    public static string SearchPage(string site) => new Uri(Path.Combine(site, "cari", "index.html")).AbsoluteUri;

    /// <summary>The site's search page, loaded once and reused while the same site is asked for.</summary>
    public SearchPageDriver Page(string site)
    {
        HeadlessChromium.RequireInstalled();
        var page = new SearchPageDriver(Driver);
        if (_open != site)
        {
            HeadlessChromium.SetViewport(Driver, 1280, 900);
            page.Open(SearchPage(site));
            _open = site;
        }
        return page;
    }

    /// <summary>Another page was opened in the browser: the next <see cref="Page"/> loads the search page again.</summary>
    public void Forget() => _open = null;

    private string Build(string content, string name)
    {
        var output = _temp.Combine(name);
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output, null));
        if (!result.Written) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return output;
    }

    public void Dispose()
    {
        if (_driver.IsValueCreated) _driver.Value.Quit();
        _temp.Dispose();
    }
}
