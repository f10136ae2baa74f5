using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Galeri.Benchmark;

/// <summary>
/// The search page as a phone would run it: Debian's headless Chromium with DevTools CPU
/// throttling ×4, the page opened from disk. Measures the time from navigation to the index being
/// ready (the page's <c>galeri-cari-siap</c> mark), and the time of each keystroke's update
/// (<c>GaleriSearch.type</c>: query, facets and drawing the results), typing queries letter by letter.
/// </summary>
public static class SearchTiming
{
    private static readonly string[] Queries = ["uji kir", "pelayanan pajak", "data terbuka", "pengaduan", "melayani", "pendaftran"];

    public static void Run(string site, int entries)
    {
        if (!File.Exists("/usr/bin/chromium") || !File.Exists("/usr/bin/chromedriver"))
        {
            Console.WriteLine("  (chromium/chromedriver not installed: apt-get install -y chromium chromium-driver)");
            return;
        }
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--window-size=390,900",
            "--user-data-dir=" + Path.Combine(Path.GetTempPath(), "galeri-bench-" + Guid.NewGuid().ToString("N")[..8]));
        using var driver = new ChromeDriver(service, options);
        driver.ExecuteCdpCommand("Emulation.setCPUThrottlingRate", new Dictionary<string, object?> { ["rate"] = 4 });

        var ready = new List<double>();
        var keystrokes = new List<double>();
        var byPrefix = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var run = 0; run < 3; run++)
        {
            driver.Navigate().GoToUrl(new Uri(Path.Combine(site, "cari", "index.html")).AbsoluteUri);
            new OpenQA.Selenium.Support.UI.WebDriverWait(driver, TimeSpan.FromSeconds(60)).Until(d =>
                (bool)((IJavaScriptExecutor)d).ExecuteScript("return performance.getEntriesByName('galeri-cari-siap').length > 0;")!);
            ready.Add(Convert.ToDouble(driver.ExecuteScript("return performance.getEntriesByName('galeri-cari-siap')[0].startTime;"), CultureInfo.InvariantCulture));
            foreach (var query in Queries)
                for (var length = 1; length <= query.Length; length++)
                {
                    var ms = Convert.ToDouble(driver.ExecuteScript("return GaleriSearch.type(arguments[0]);", query[..length]), CultureInfo.InvariantCulture);
                    keystrokes.Add(ms);
                    if (!byPrefix.TryGetValue(query[..length], out var list)) byPrefix[query[..length]] = list = [];
                    list.Add(ms);
                }
        }
        keystrokes.Sort();
        ready.Sort();
        double Percentile(double p) => keystrokes[(int)Math.Min(keystrokes.Count - 1, Math.Round(p * (keystrokes.Count - 1)))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{entries,8} entries, CPU ×4: index ready {ready[ready.Count / 2],5:0} ms after navigation; per keystroke median {Percentile(0.5),5:0.0} ms, p95 {Percentile(0.95),5:0.0} ms, max {keystrokes[^1],5:0.0} ms ({keystrokes.Count} keystrokes; goal < 50 ms at 1,000)"));
        var slowest = byPrefix.Select(p => (Prefix: p.Key, Median: p.Value.Order().ElementAt(p.Value.Count / 2))).OrderByDescending(p => p.Median).Take(6);
        Console.WriteLine("           slowest (median of 3): " + string.Join(", ", slowest.Select(p => string.Create(CultureInfo.InvariantCulture, $"\"{p.Prefix}\" {p.Median:0} ms"))));
    }
}
