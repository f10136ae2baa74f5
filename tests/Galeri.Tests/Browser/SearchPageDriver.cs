using System.Globalization;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Galeri.Tests.Browser;

/// <summary>
/// The search page (<c>cari/</c>) as a visitor uses it: open it, type, tick a filter, go back, and
/// read what it shows. Every step waits (WebDriverWait) until the page shows the new state, never
/// for a fixed time: typing waits until the count line names the query, a filter until the address has changed.
/// </summary>
public sealed class SearchPageDriver(ChromeDriver driver)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public ChromeDriver Driver => driver;

    public IWebElement Box => driver.FindElement(By.Id("cari-q"));

    public string CountText => driver.FindElement(By.Id("cari-jumlah")).Text;

    /// <summary>The number the count line starts with ("12 inovasi untuk “kir”" → 12).</summary>
    public int Count => int.Parse(CountText.Split(' ')[0], CultureInfo.InvariantCulture);

    public int StoreSize => Convert.ToInt32(driver.ExecuteScript("return window.GALERI_BAGIAN.meta.n;"), CultureInfo.InvariantCulture);

    public IReadOnlyList<string> ResultNames => Texts("#cari-daftar .hit-title");

    public IReadOnlyList<string> ResultOpds => Texts("#cari-daftar .hit-meta abbr");

    public IReadOnlyList<string> Marks => Texts("#cari-daftar mark");

    public void Open(string url)
    {
        driver.Navigate().GoToUrl(url);
        WaitReady();
    }

    public void WaitReady() => Wait("the search page to load its index", d =>
    {
        var failure = d.FindElements(By.Id("cari-gagal"));
        if (failure.Count > 0 && failure[0].Displayed) throw new InvalidOperationException("the search page shows its load error: " + failure[0].Text);
        return d.FindElement(By.Id("cari")).GetAttribute("data-siap") == "true";
    });

    /// <summary>Replaces the box's text as a visitor does (select all, delete, type key by key), then waits for the results of the whole text.</summary>
    public void Type(string text)
    {
        var box = Box;
        box.SendKeys(Keys.Control + "a");
        box.SendKeys(Keys.Backspace);
        if (text.Length > 0) box.SendKeys(text);
        WaitForQuery(text);
    }

    /// <summary>Waits until the count line names the query and the page of results is complete (the first screen is drawn first, the rest after).</summary>
    public void WaitForQuery(string text)
    {
        var q = text.Trim();
        Wait($"results for \"{q}\"", d => (q.Length == 0 ? !CountText.Contains('“') && CountText.Length > 0 : CountText.Contains($"“{q}”", StringComparison.Ordinal))
            && d.FindElement(By.Id("cari")).GetAttribute("data-lengkap") != "false");
    }

    public IWebElement Option(string facet, string value) => driver.FindElement(By.Id($"f-{facet}-{value}"));

    public bool IsChecked(string facet, string value) => Option(facet, value).Selected;

    /// <summary>The count a filter option shows (0 when the option is hidden because nothing matches).</summary>
    public int FacetCount(string facet, string value)
    {
        var text = (string?)driver.ExecuteScript(
            "var o = document.getElementById(arguments[0]); return o ? o.parentNode.querySelector('.faset-n').textContent : null;",
            $"f-{facet}-{value}");
        return text is null ? 0 : int.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>Ticks or unticks a filter the way a visitor does: opening the "Saring" panel on a phone and a long facet's "show all" first.</summary>
    public void Toggle(string facet, string value)
    {
        OpenFilterPanel();
        var before = driver.Url;
        var option = Option(facet, value);
        if (!option.Displayed)
        {
            // Past the first few options of a long facet: "show all" first.
            driver.FindElement(By.CssSelector($"[data-faset='{facet}'] .faset-lagi")).Click();
            Wait($"{facet}={value} to show", _ => option.Displayed);
        }
        driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", option);
        option.Click();
        Wait($"the address to change after toggling {facet}={value}", d => d.Url != before);
    }

    public void OpenFilterPanel()
    {
        var panel = driver.FindElement(By.Id("cari-saring"));
        if (panel.GetAttribute("open") is null) panel.FindElement(By.TagName("summary")).Click();
        Wait("the filter panel to open", _ => panel.GetAttribute("open") is not null);
    }

    public void Wait(string what, Func<IWebDriver, bool> condition)
    {
        var wait = new WebDriverWait(driver, Timeout) { Message = "waiting for " + what };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        wait.Until(condition);
    }

    public IReadOnlyList<string> SevereConsoleMessages() =>
        driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == LogLevel.Severe).Select(e => e.Message).ToList();

    /// <summary>Elements wider than the viewport, if any (empty when nothing scrolls sideways).</summary>
    public string Overflowing() => (string)driver.ExecuteScript("""
        const w = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= w) return '';
        return 'scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w + ': ' +
          Array.from(document.querySelectorAll('body *'))
            .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 1; })
            .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');
        """)!;

    private List<string> Texts(string css) => driver.FindElements(By.CssSelector(css)).Select(e => e.Text).ToList();
}
