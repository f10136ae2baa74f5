using Galeri.Build;
using Galeri.Tests.Support;
using OpenQA.Selenium.Chrome;

namespace Galeri.Tests.Browser;

/// <summary>The sample site, built and served under /galeri/ on loopback, and one Chromium for all browser tests.</summary>
public sealed class BrowserFixture : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Lazy<ChromeDriver> _driver = new(HeadlessChromium.Start);

    public BrowserFixture()
    {
        Output = _temp.Combine("public");
        // Published under a sub-path, as the README tells Balitbang to do: base_url names the sub-path.
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Theme, Output, "https://inovasi.contoh.go.id" + StaticSiteServer.DefaultBasePath));
        if (!result.Written) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        Server = new StaticSiteServer(Output, StaticSiteServer.DefaultBasePath);
        Screenshots = Path.Combine(RepoPaths.Artifacts, "screenshots");
        Directory.CreateDirectory(Screenshots);
    }

    public string Output { get; }
    public StaticSiteServer Server { get; }
    public string Screenshots { get; }
    public ChromeDriver Driver => _driver.Value;

    public void Dispose()
    {
        if (_driver.IsValueCreated) _driver.Value.Quit();
        Server.Dispose();
        _temp.Dispose();
    }
}
