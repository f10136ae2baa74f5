using OpenQA.Selenium;
using static Galeri.Tests.Browser.StudiTiruPages;

namespace Galeri.Tests.Browser;

/// <summary>
/// The visit plan, as a delegation uses it from the built site on disk (file://): add two
/// innovations from their pages, see the header count, reload, open rencana/ (grouped by OPD with
/// contacts, the draft letter naming them), print the agenda (a cover, then one handout per
/// innovation, each on its own page) and open the shared link in a browser that knows nothing of it.
/// </summary>
public class VisitPlanTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Chosen = ["siap-uji-kir-online", "antre-puskesmas"];

    [Fact]
    public void A_plan_made_on_two_entry_pages_survives_a_reload_prints_and_travels_by_link()
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, 1280, 900);
        driver.Navigate().GoToUrl(FileUrl(site, "inovasi/index.html"));
        driver.ExecuteScript("localStorage.clear();");

        for (var i = 0; i < Chosen.Length; i++)
        {
            driver.Navigate().GoToUrl(FileUrl(site, $"inovasi/{Chosen[i]}/index.html"));
            var add = driver.FindElement(By.CssSelector($".entry-actions [data-rencana='{Chosen[i]}']"));
            Until(driver, "the add button", _ => add.Displayed);
            Assert.Equal("Tambah ke rencana kunjungan", add.Text);
            // By keyboard, as a screen reader user would: the change is announced in a live region.
            add.SendKeys(Keys.Space);
            var count = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Until(driver, "the header count", d => d.FindElement(By.CssSelector("[data-rencana-count]")).Text == count);
            var status = driver.FindElement(By.CssSelector(".studi-toast"));
            Assert.Equal("polite", status.GetAttribute("aria-live"));
            Assert.Contains($"ditambahkan ke rencana kunjungan ({count} inovasi)", status.Text);
        }

        driver.Navigate().Refresh();
        var again = driver.FindElement(By.CssSelector($".entry-actions [data-rencana='{Chosen[1]}']"));
        Until(driver, "the stored choice after a reload", _ => again.GetAttribute("aria-pressed") == "true");
        Assert.Equal("2", driver.FindElement(By.CssSelector("[data-rencana-count]")).Text);
        Screenshot(site, driver, "rencana-entri-1280.png");

        driver.FindElement(By.CssSelector("[data-rencana-nav]")).Click();
        Until(driver, "the plan", d => d.FindElements(By.CssSelector(".rencana-item")).Count == 2);
        var groups = driver.FindElements(By.CssSelector(".rencana-opd h3")).Select(h => h.Text).ToList();
        Assert.Equal(["Dinas Kesehatan", "Dinas Perhubungan"], groups);
        var plan = driver.FindElement(By.Id("rencana-opd")).Text;
        Assert.Contains("dishub@magelangkota.go.id", plan);
        Assert.Contains("(0293) 362405", plan);
        var letter = driver.FindElement(By.Id("surat-isi")).Text;
        Assert.Contains("Badan Penelitian dan Pengembangan Kota Magelang", letter);
        Assert.Contains("balitbang@magelangkota.go.id", letter);
        Assert.Contains("Aplikasi Siap Uji KIR Online (Dinas Perhubungan)", letter);
        Assert.Contains("Dinas Kesehatan dan Dinas Perhubungan", letter);
        Assert.Contains("jumlah peserta …… orang", letter);
        Screenshot(site, driver, "rencana-1280.png");
        HeadlessChromium.SetViewport(driver, 390, 900);
        var overflow = OverflowOutside(driver, "");
        Screenshot(site, driver, "rencana-390.png");
        Assert.True(overflow.Length == 0, $"the plan scrolls sideways on a phone: {overflow}");
        HeadlessChromium.SetViewport(driver, 1280, 900);

        // Printing the agenda: the button's print() is recorded, then the page printed as Chromium does.
        driver.ExecuteScript("window.print = function () { window.__printed = document.body.className; };");
        driver.FindElement(By.Id("rencana-cetak")).Click();
        Assert.Contains("cetak-agenda", Script<string>(driver, "return window.__printed;"));
        EmulatePrint(driver, true);
        try
        {
            Assert.Equal(2, driver.FindElements(By.CssSelector("#rencana-agenda .handout")).Count(h => h.Displayed));
            Assert.False(driver.FindElement(By.Id("surat")).Displayed, "the letter is not part of the agenda");
            Assert.Equal("page", Script<string>(driver, "return getComputedStyle(document.querySelector('.handout')).breakBefore;"));
            Screenshot(site, driver, "rencana-agenda-cetak.png");
        }
        finally
        {
            EmulatePrint(driver, false);
        }
        Assert.Equal(1 + Chosen.Length, PrintA4(site, driver, "rencana-agenda.pdf"));

        // The letter alone, ready to print on the visiting institution's letterhead.
        driver.ExecuteScript("document.body.className = 'layout-plan';");
        driver.FindElement(By.Id("surat-cetak")).SendKeys(Keys.Enter);
        Assert.Contains("cetak-surat", Script<string>(driver, "return window.__printed;"));
        EmulatePrint(driver, true);
        try
        {
            Assert.True(driver.FindElement(By.Id("surat-isi")).Displayed);
            Assert.False(driver.FindElement(By.Id("rencana-opd")).Displayed, "only the letter is printed");
            Assert.False(driver.FindElement(By.Id("surat-salin")).Displayed, "buttons are not printed");
        }
        finally
        {
            EmulatePrint(driver, false);
        }
        Assert.Equal(1, PrintA4(site, driver, "rencana-surat.pdf"));
        driver.ExecuteScript("document.body.classList.remove('cetak-surat');");

        // The shared link, in a browser without the plan: the same innovations.
        var shared = driver.FindElement(By.Id("rencana-tautan")).GetAttribute("value")!;
        Assert.EndsWith("rencana/index.html?pilih=" + string.Join(',', Chosen), shared);
        Assert.StartsWith("file://", shared);
        driver.ExecuteScript("localStorage.clear();");
        driver.Navigate().GoToUrl(shared);
        Until(driver, "the shared plan", d => d.FindElements(By.CssSelector(".rencana-item")).Count == 2);
        Assert.True(driver.FindElement(By.Id("rencana-dibagikan")).Displayed, "a shared plan says it is not saved yet");
        Assert.Contains("Rencana dari tautan ditampilkan.", driver.FindElement(By.Id("rencana-status")).Text);
        driver.FindElement(By.Id("rencana-simpan")).Click();
        Until(driver, "the plan saved", d => d.FindElement(By.CssSelector("[data-rencana-count]")).Text == "2");
    }
}
