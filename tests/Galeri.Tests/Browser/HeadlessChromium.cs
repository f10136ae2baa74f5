using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Galeri.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Debian's chromedriver (no browser downloads). Missing browser: the
/// test is skipped on a developer machine and fails in CI (CI=true), where .ci/run installs it.
/// </summary>
public static class HeadlessChromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static void RequireInstalled()
    {
        if (File.Exists(Browser) && File.Exists(Driver)) return;
        const string message = "Chromium tidak terpasang. Pasang dengan: apt-get install -y chromium chromium-driver";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail(message);
        Assert.Skip(message);
    }

    public static ChromeDriver Start()
    {
        var profile = Path.Combine(Path.GetTempPath(), "galeri-chromium-" + Guid.NewGuid().ToString("N")[..8]);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
            "--hide-scrollbars", "--window-size=1280,900",
            "--user-data-dir=" + profile);
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        return new ProfiledChromeDriver(service, options, TimeSpan.FromSeconds(60), profile);
    }

    /// <summary>Emulates a device width exactly (viewport, not window), as a phone or a laptop would show the page.</summary>
    public static void SetViewport(ChromeDriver driver, int width, int height)
    {
        driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = width < 600,
        });
    }
}
