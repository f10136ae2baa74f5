using System.Text.Json;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Integration;
using Galeri.Tests.Support;

namespace Galeri.Tests.StudiTiru;

/// <summary>
/// The sample catalog's pages show the studi tiru fields: the "Siap ditiru?" block with rupiah
/// written the Indonesian way, the legal basis and documents, the handout's QR code; the compare and
/// visit plan pages exist with the organiser's contact; each entry has its data script.
/// </summary>
public class StudiTiruPagesTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void The_entry_page_answers_siap_ditiru_at_a_glance()
    {
        var page = HtmlPages.Parse(site.Read("inovasi/siap-uji-kir-online/index.html"));
        var block = page.QuerySelector("#siap-ditiru")!;
        Assert.Equal("Siap ditiru?", block.QuerySelector("h2")!.TextContent);
        var text = block.TextContent;
        foreach (var expected in new[] { "Ya, dapat direplikasi", "Rp 175.000.000", "6 bulan", "4 orang", "Basis data kendaraan wajib uji yang mutakhir",
                     "Rp 185.000.000", "Rp 262.000.000", "APBD", "Kabupaten Purworejo", "30 September 2025" })
            Assert.Contains(expected, text);
        var perwal = block.QuerySelectorAll(".siap-legal a").Single(a => a.TextContent == "Peraturan Wali Kota/Bupati Nomor 27 Tahun 2018");
        Assert.Equal("https://jdih.magelangkota.go.id/", perwal.GetAttribute("href"));
        Assert.Contains("external", perwal.GetAttribute("rel"));
        var documents = block.QuerySelectorAll(".siap-docs li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["SOP Pendaftaran Uji KIR Daring (PDF, 26 KB)", "Templat formulir verifikasi dokumen unggahan (DOCX, 1 KB)"], documents);
        Assert.True(File.Exists(Path.Combine(site.Output, "inovasi", "siap-uji-kir-online", "templat-verifikasi-dokumen.docx")));
        Assert.NotNull(page.QuerySelector("a[href='#siap-ditiru']"));
    }

    [Fact]
    public void An_entry_without_the_new_fields_says_what_is_missing_instead_of_hiding_the_block()
    {
        var block = HtmlPages.Parse(site.Read("inovasi/klinik-inovasi/index.html")).QuerySelector("#siap-ditiru")!;
        Assert.Contains("Anggaran belum dicantumkan.", block.TextContent);
        Assert.Contains("Dasar hukum belum dicantumkan.", block.TextContent);
    }

    [Fact]
    public void Every_entry_carries_the_handout_button_and_a_qr_code_of_its_public_address()
    {
        var entries = Directory.GetDirectories(Path.Combine(site.Output, "inovasi")).Where(d => File.Exists(Path.Combine(d, "studi-tiru.js"))).ToList();
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepoPaths.Content, "inovasi")).Length, entries.Count);
        foreach (var entry in entries)
        {
            var slug = Path.GetFileName(entry);
            var page = HtmlPages.Parse(File.ReadAllText(Path.Combine(entry, "index.html")));
            Assert.Equal("Cetak lembar studi tiru", page.QuerySelector("button[data-cetak]")!.TextContent);
            var qr = page.QuerySelector(".handout-qr svg.qr")!;
            Assert.Equal($"Kode QR menuju https://inovasi.magelangkota.go.id/inovasi/{slug}/", qr.GetAttribute("aria-label"));
            Assert.Empty(page.QuerySelectorAll(".handout-qr script"));
        }
    }

    [Fact]
    public void Each_entry_data_script_hands_its_record_to_the_compare_and_plan_pages()
    {
        var script = site.Read("inovasi/siap-uji-kir-online/studi-tiru.js");
        const string start = "window.GaleriStudiTiru&&GaleriStudiTiru.terima(";
        Assert.StartsWith(start, script);
        using var json = JsonDocument.Parse(script[start.Length..script.LastIndexOf(");", StringComparison.Ordinal)]);
        var record = json.RootElement;
        Assert.Equal("siap-uji-kir-online", record.GetProperty("slug").GetString());
        Assert.Equal("Dinas Perhubungan", record.GetProperty("opd").GetProperty("name").GetString());
        Assert.Equal("Rp 175.000.000", record.GetProperty("readiness").GetProperty("estimatedCost").GetString());
        Assert.StartsWith("Kendaraan angkutan umum", record.GetProperty("problem").GetString());
        Assert.StartsWith("<svg class=\"qr\"", record.GetProperty("qr").GetString());
    }

    [Fact]
    public void Compare_and_plan_pages_exist_and_the_letter_is_addressed_to_the_organiser()
    {
        Assert.Contains("Bandingkan inovasi", site.Read("bandingkan/index.html"));
        var plan = HtmlPages.Parse(site.Read("rencana/index.html"));
        var letter = plan.QuerySelector("#surat-isi")!.TextContent;
        Assert.Contains("Badan Penelitian dan Pengembangan Kota Magelang", letter);
        Assert.Contains("Jl. Sarwo Edie Wibowo No. 2, Kota Magelang 56117", letter);
        Assert.Contains("balitbang@magelangkota.go.id", letter);
        Assert.NotNull(plan.QuerySelector("#rencana-status[aria-live=polite]"));
        // The header links every page to the plan; the script fills in the count.
        Assert.NotNull(HtmlPages.Parse(site.Read("index.html")).QuerySelector("a[data-rencana-nav] [data-rencana-count]"));
    }

    [Fact]
    public void Without_base_url_the_build_warns_and_the_handout_has_no_code()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var siteYml = Path.Combine(content, "site.yml");
        File.WriteAllLines(siteYml, File.ReadAllLines(siteYml).Where(l => !l.StartsWith("base_url:", StringComparison.Ordinal)));

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, temp.Combine("public")));

        Assert.True(result.Written);
        var warning = Assert.Single(result.Diagnostics, d => d.Rule == "handout-no-base-url");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("tidak memuat kode QR", warning.Message("id"));
        var page = File.ReadAllText(temp.Combine("public/inovasi/siap-uji-kir-online/index.html"));
        Assert.DoesNotContain("class=\"qr\"", page);
        Assert.Contains("\"qr\":null", File.ReadAllText(temp.Combine("public/inovasi/siap-uji-kir-online/studi-tiru.js")));
    }

    [Fact]
    public void Another_catalog_in_english_without_kontak_writes_amounts_and_the_letter_its_own_way()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var siteYml = Path.Combine(content, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("bahasa: id", "bahasa: en", StringComparison.Ordinal));
        var entry = Path.Combine(content, "inovasi", "siap-uji-kir-online", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("tag: [uji kir, kendaraan]\n",
            "tag: [uji kir, kendaraan]\nanggaran:\n  - {tahun: 2020, nilai: 1250000000, sumber: hibah}\n", StringComparison.Ordinal));

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, temp.Combine("public")));

        DiagnosticAssert.NoErrors(result.Diagnostics);
        var block = HtmlPages.Parse(File.ReadAllText(temp.Combine("public/inovasi/siap-uji-kir-online/index.html"))).QuerySelector("#siap-ditiru")!;
        Assert.Equal("Ready to replicate?", block.QuerySelector("h2")!.TextContent);
        Assert.Contains("Rp 1,250,000,000", block.TextContent);
        Assert.Contains("Grant", block.TextContent);
        // No kontak in this site.yml: the letter goes to the organiser by name.
        var letter = HtmlPages.Parse(File.ReadAllText(temp.Combine("public/rencana/index.html"))).QuerySelectorAll("#surat-isi p");
        Assert.Contains(letter, p => p.InnerHtml == "To<br>Balitbang Kota Uji");
    }

    [Fact]
    public void The_organiser_contact_is_checked_like_any_field()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.AppendAllText(Path.Combine(content, "site.yml"), "kontak:\n  unit: Balitbang\n  surel: balitbang@contoh.go.id\n  email: bukan-surel\n");

        var diagnostics = new DiagnosticBag();
        SiteBuilder.Check(content, null, diagnostics);

        var unknown = DiagnosticAssert.SingleError(diagnostics.Sorted(), "unknown-key");
        Assert.Equal("kontak.surel", unknown.Field);
        DiagnosticAssert.SingleError(diagnostics.Sorted(), "email-invalid");
    }

    [Theory]
    [InlineData("bandingkan")]
    [InlineData("rencana")]
    public void A_free_page_cannot_take_the_compare_or_plan_address(string slug)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        File.WriteAllText(Path.Combine(content, "halaman", slug + ".md"), "---\njudul: Halaman lain\n---\nIsi.\n");

        var diagnostics = new DiagnosticBag();
        SiteBuilder.Check(content, null, diagnostics);

        Assert.EndsWith($"halaman/{slug}.md", DiagnosticAssert.SingleError(diagnostics.Sorted(), "reserved-slug").File);
    }
}
