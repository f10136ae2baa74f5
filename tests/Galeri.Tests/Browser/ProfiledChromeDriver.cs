using OpenQA.Selenium.Chrome;

namespace Galeri.Tests.Browser;

/// <summary>
/// A chromedriver session with a browser profile folder of its own, deleted when the session ends
/// (<c>Quit</c> or <c>Dispose</c>): each profile is a few megabytes, and a test run starts dozens.
/// </summary>
public sealed class ProfiledChromeDriver(ChromeDriverService service, ChromeOptions options, TimeSpan commandTimeout, string profile)
    : ChromeDriver(service, options, commandTimeout)
{
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The browser has exited once the session is closed; a file it still held only leaves the folder behind.
        Galeri.Output.SafeDelete.TryEntry(profile);
    }
}
