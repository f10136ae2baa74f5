using OpenQA.Selenium;
using static Galeri.Tests.Browser.StudiTiruPages;

namespace Galeri.Tests.Browser;

/// <summary>
/// The studi tiru handout: an entry printed in Chromium carries a QR code that a real decoder reads
/// back as the entry's public address (base_url + inovasi/slug/), and the sheet stays one A4 page.
/// </summary>
public class HandoutQrTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private const string BaseUrl = "https://inovasi.contoh.go.id/galeri/";

    [Theory]
    [InlineData("siap-uji-kir-online")]
    [InlineData("kelas-ayah")]
    public void The_printed_handout_qr_code_opens_the_entry_page(string slug)
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        HeadlessChromium.SetViewport(driver, 1280, 900);
        driver.Navigate().GoToUrl(FileUrl(site, $"inovasi/{slug}/index.html"));
        var button = driver.FindElement(By.CssSelector("[data-cetak]"));
        Until(driver, "the print button to show", _ => button.Displayed);
        Assert.Equal("Cetak lembar studi tiru", button.Text);
        var qr = driver.FindElement(By.CssSelector(".handout-qr svg.qr"));
        Assert.False(qr.Displayed, "the code is for paper only");

        EmulatePrint(driver, true);
        try
        {
            Until(driver, "the code to show in print media", _ => qr.Displayed);
            // At three device pixels per CSS pixel, as a phone camera sees the paper at arm's length.
            var picture = Screenshot(site, driver, $"lembar-{slug}-cetak.png", scale: 3);
            Assert.Equal([BaseUrl + $"inovasi/{slug}/"], DecodeQr(picture));
        }
        finally
        {
            EmulatePrint(driver, false);
        }
        Assert.Equal(1, PrintA4(site, driver, $"lembar-{slug}.pdf"));
    }

    [Fact]
    public void The_handout_shows_the_siap_ditiru_block_and_contact_on_paper()
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        driver.Navigate().GoToUrl(FileUrl(site, "inovasi/siap-uji-kir-online/index.html"));
        EmulatePrint(driver, true);
        try
        {
            foreach (var part in new[] { "#siap-ditiru", "#kontak", "#latar-belakang", "#cara-kerja", "#dampak" })
                Assert.True(driver.FindElement(By.CssSelector(part)).Displayed, $"{part} is on the handout");
            var siap = driver.FindElement(By.CssSelector("#siap-ditiru")).Text;
            Assert.Contains("Rp 175.000.000", siap);
            Assert.Contains("Peraturan Wali Kota/Bupati Nomor 27 Tahun 2018", siap);
            Assert.False(driver.FindElement(By.CssSelector(".entry-actions")).Displayed, "buttons are not printed");
        }
        finally
        {
            EmulatePrint(driver, false);
        }
    }
}
