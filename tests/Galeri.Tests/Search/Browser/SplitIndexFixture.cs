using Galeri.Build;
using Galeri.Tests.Browser;
using Galeri.Tests.Support;
using OpenQA.Selenium.Chrome;

namespace Galeri.Tests.Search.Browser;

/// <summary>
/// A catalog with enough entries for the search data to come in many parts (120 generated entries:
/// several result chunks, dozens of index shards), served under /galeri/ and opened from disk.
/// </summary>
public sealed class SplitIndexFixture : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Lazy<ChromeDriver> _driver = new(HeadlessChromium.Start);

    public SplitIndexFixture()
    {
        var content = SyntheticCatalog.WriteTo(_temp.Combine("content"), count: 120, version: 1);
        Output = _temp.Combine("public");
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, Output, "https://inovasi.contoh.go.id" + StaticSiteServer.DefaultBasePath));
        if (!result.Written) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        Server = new StaticSiteServer(Output, StaticSiteServer.DefaultBasePath);
    }

    public string Output { get; }

    public StaticSiteServer Server { get; }

    public ChromeDriver Driver => _driver.Value;

    public void Dispose()
    {
        if (_driver.IsValueCreated) _driver.Value.Quit();
        Server.Dispose();
        _temp.Dispose();
    }
}
