using System.Diagnostics;
using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Galeri.Benchmark;

/// <summary>
/// The search page as a phone would run it: Debian's headless Chromium with DevTools CPU
/// throttling ×4, the page opened from disk. Measures the time from navigation to the first results
/// (the page's <c>galeri-cari-siap</c> mark: every entry by name, or the results of a <c>?q=</c> in the
/// address), what the page and a first query download (each loaded file gzipped), and the time of each
/// keystroke's update (<c>GaleriSearch.type</c>: loading the parts it needs, query, facets, drawing the results
/// that fit on a screen; and, printed apart, until the whole first page of 24 results is drawn),
/// typing queries letter by letter. Every wait is bounded: a page that does not load is reported as
/// such, and the browser and its driver are always ended.
/// </summary>
public static class SearchTiming
{
    private static readonly string[] Queries = ["uji kir", "pelayanan pajak", "data terbuka", "pengaduan", "melayani", "pendaftran"];
    private const string AddressQuery = "pelayanan publik";
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    public static void Run(string site, int entries)
    {
        if (!File.Exists("/usr/bin/chromium") || !File.Exists("/usr/bin/chromedriver"))
        {
            Console.WriteLine("  (chromium/chromedriver not installed: apt-get install -y chromium chromium-driver)");
            return;
        }
        var page = Path.Combine(site, "cari", "index.html");
        if (!File.Exists(page))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entries,8} entries: no search page at {page}"));
            return;
        }
        using var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var profile = Path.Combine(Path.GetTempPath(), "galeri-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--window-size=390,900",
            "--user-data-dir=" + profile);
        ChromeDriver? driver = null;
        try
        {
            driver = new ChromeDriver(service, options, PageTimeout + PageTimeout);
            driver.Manage().Timeouts().PageLoad = PageTimeout;
            driver.Manage().Timeouts().AsynchronousJavaScript = PageTimeout;
            driver.ExecuteCdpCommand("Emulation.setCPUThrottlingRate", new Dictionary<string, object?> { ["rate"] = 4 });
            Measure(driver, page, site, entries);
        }
        catch (WebDriverException e)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entries,8} entries, CPU ×4: the search page did not load ({FirstLine(e.Message)})"));
        }
        finally
        {
            try { driver?.Quit(); }
            catch (WebDriverException) { }
            driver?.Dispose();
            EndDriverProcess(service);
            Galeri.Output.SafeDelete.TryEntry(profile); // the browser's profile folder (a few megabytes) goes with it
        }
    }

    private static void Measure(ChromeDriver driver, string page, string site, int entries)
    {
        var url = new Uri(page).AbsoluteUri;
        var ready = new List<double>();
        var queryReady = new List<double>();
        var keystrokes = new List<double>();
        var wholePages = new List<double>();
        var byPrefix = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        long firstQueryBytes = 0, pageBytes = 0;
        for (var run = 0; run < 3; run++)
        {
            // A first query from the address, in a fresh page: what it costs to see results.
            if (!Open(driver, url + "?q=" + Uri.EscapeDataString(AddressQuery).Replace("%20", "+", StringComparison.Ordinal), out var q))
            {
                Console.WriteLine(DidNotLoad(driver, entries));
                return;
            }
            queryReady.Add(q);
            if (run == 0) firstQueryBytes = LoadedBytes(driver, site);
            if (!Open(driver, url, out var r))
            {
                Console.WriteLine(DidNotLoad(driver, entries));
                return;
            }
            ready.Add(r);
            if (run == 0) pageBytes = LoadedBytes(driver, site);
            foreach (var query in Queries)
                for (var length = 1; length <= query.Length; length++)
                {
                    var ms = Convert.ToDouble(driver.ExecuteScript("return GaleriSearch.type(arguments[0]);", query[..length]), CultureInfo.InvariantCulture);
                    keystrokes.Add(ms);
                    wholePages.Add(Convert.ToDouble(driver.ExecuteScript("return GaleriSearch.pageMs ? GaleriSearch.pageMs() : GaleriSearch.lastMs();"), CultureInfo.InvariantCulture));
                    if (!byPrefix.TryGetValue(query[..length], out var list)) byPrefix[query[..length]] = list = [];
                    list.Add(ms);
                }
        }
        keystrokes.Sort();
        wholePages.Sort();
        static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{entries,8} entries, CPU ×4: first results {Median(ready),5:0} ms after navigation ({Median(queryReady):0} ms with ?q={AddressQuery}); per keystroke median {Percentile(keystrokes, 0.5),5:0.0} ms, p95 {Percentile(keystrokes, 0.95),5:0.0} ms, max {keystrokes[^1],5:0.0} ms ({keystrokes.Count} keystrokes)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"           (a keystroke: until the results that fit on the screen are drawn; until the whole first page of 24: median {Percentile(wholePages, 0.5):0.0} ms, p95 {Percentile(wholePages, 0.95):0.0} ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"           downloaded (gzip): the page with every entry listed {pageBytes / 1024.0:0} KB; a first query from the address {firstQueryBytes / 1024.0:0} KB"));
        var slowest = byPrefix.Select(p => (Prefix: p.Key, Median: p.Value.Order().ElementAt(p.Value.Count / 2))).OrderByDescending(p => p.Median).Take(6);
        Console.WriteLine("           slowest (median of 3): " + string.Join(", ", slowest.Select(p => string.Create(CultureInfo.InvariantCulture, $"\"{p.Prefix}\" {p.Median:0} ms"))));
    }

    /// <summary>Opens the page and waits, at most <see cref="PageTimeout"/>, for its first results; the time of the mark.</summary>
    private static bool Open(ChromeDriver driver, string url, out double ms)
    {
        ms = 0;
        try
        {
            driver.Navigate().GoToUrl(url);
            new OpenQA.Selenium.Support.UI.WebDriverWait(driver, PageTimeout).Until(d =>
                (bool)((IJavaScriptExecutor)d).ExecuteScript("return performance.getEntriesByName('galeri-cari-siap').length > 0 || !document.getElementById('cari-gagal').hidden;")!);
            // The first screen of results is the mark; the rest of the first page follows: wait for it
            // too, so the downloads counted are the whole first page's.
            new OpenQA.Selenium.Support.UI.WebDriverWait(driver, PageTimeout).Until(d =>
                (bool)((IJavaScriptExecutor)d).ExecuteScript("return document.getElementById('cari').getAttribute('data-siap') === 'true' || !document.getElementById('cari-gagal').hidden;")!);
            var mark = driver.ExecuteScript("var m = performance.getEntriesByName('galeri-cari-siap')[0]; return m ? m.startTime : -1;");
            ms = Convert.ToDouble(mark, CultureInfo.InvariantCulture);
            return ms >= 0;
        }
        catch (WebDriverTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The page, its scripts (the search parts it added too) and style sheets, gzipped as a server would send them (file:// keeps no resource timings).</summary>
    private static long LoadedBytes(ChromeDriver driver, string site)
    {
        var names = ((System.Collections.IEnumerable)driver.ExecuteScript(
            "return [location.href.split('?')[0]].concat(Array.prototype.map.call(document.scripts, function (s) { return s.src; }), " +
            "Array.prototype.map.call(document.querySelectorAll('link[rel=stylesheet]'), function (l) { return l.href; }));")!)
            .Cast<object>().Select(o => o.ToString()!).Distinct(StringComparer.Ordinal);
        long total = 0;
        foreach (var name in names)
        {
            if (!Uri.TryCreate(name, UriKind.Absolute, out var uri) || !uri.IsFile) continue;
            var path = uri.LocalPath;
            if (!path.StartsWith(site, StringComparison.Ordinal) || !File.Exists(path)) continue;
            if (path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) continue;
            total += SearchDataSize.OfFile(path).Gzipped;
        }
        return total;
    }

    private static string DidNotLoad(ChromeDriver driver, int entries)
    {
        var failed = driver.ExecuteScript("var e = document.getElementById('cari-gagal'); return !!e && !e.hidden;") is true;
        return failed
            ? string.Create(CultureInfo.InvariantCulture, $"{entries,8} entries, CPU ×4: the search page did not load (it shows its load error)")
            : string.Create(CultureInfo.InvariantCulture, $"{entries,8} entries, CPU ×4: the search page did not load within {PageTimeout.TotalSeconds:0} s");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>The driver process, should it outlive Quit (a hung browser): ended by its own id.</summary>
    private static void EndDriverProcess(ChromeDriverService service)
    {
        try
        {
            if (service.ProcessId <= 0) return;
            using var process = Process.GetProcessById(service.ProcessId);
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
        }
    }
}
