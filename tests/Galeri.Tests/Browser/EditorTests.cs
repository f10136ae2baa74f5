using Galeri.Build;
using Galeri.Diagnostics;
using OpenQA.Selenium;

namespace Galeri.Tests.Browser;

/// <summary>
/// The web editor as an OPD writer uses it on their own computer (<c>galeri serve --editor</c>):
/// a new innovation written through the form lands in content/inovasi/&lt;slug&gt;/index.md, passes
/// <c>galeri check</c> and appears on the served site; a form missing a required field is not saved.
/// </summary>
[Collection(EditorTestGroup.Name)]
public class EditorTests(EditorSession editor)
{
    private const string Name = "Layanan Antar Obat Lansia";
    private const string Slug = "layanan-antar-obat-lansia";

    private const string Body = """
        ## Latar Belakang

        Warga lanjut usia harus antre lama di apotek puskesmas untuk mengambil obat rutin.

        ## Cara Kerja

        Petugas menyiapkan obat sesuai resep dan kader mengantarnya ke rumah setiap pekan.

        ## Hasil dan Manfaat

        Waktu tunggu obat bagi lansia turun dari satu jam menjadi lima belas menit.
        """;

    [Fact]
    public void A_new_innovation_written_in_the_form_is_saved_as_a_page_bundle_that_passes_check()
    {
        HeadlessChromium.RequireInstalled();
        editor.Open("#/collections/inovasi/new");
        var form = new EditorForm(editor.Driver);
        form.Type("Nama", Name);
        form.Choose("OPD", "Dinas Kesehatan");
        form.Type("Ringkasan", "Obat rutin lansia diantar kader ke rumah, sehingga lansia tidak perlu antre di apotek puskesmas.");
        form.Choose("Jenis", "Nondigital");
        form.Choose("Bentuk", "Pelayanan Publik");
        form.Choose("Urusan", "Kesehatan (Wajib Pelayanan Dasar)");
        form.Choose("Tahapan", "Inisiatif");
        form.Choose("Status", "Aktif");
        editor.Driver.ExecuteScript("window.scrollTo(0, 0); document.querySelectorAll('*').forEach(e => { if (e.scrollTop > 0) e.scrollTop = 0; });");
        form.Screenshot(Path.Combine(editor.Screenshots, "editor-form-1280.png"));
        form.Click("Tambah dampak");
        form.Type("Indikator", "Waktu tunggu obat");
        form.Type("Satuan", "menit");
        form.Type("Sebelum", "60");
        form.Type("Sesudah", "15");
        form.Type("Tahun", "2024");
        form.Type("Sumber", "Catatan apotek puskesmas 2024");
        form.ReplaceBody("## Latar Belakang", Body);
        form.Screenshot(Path.Combine(editor.Screenshots, "editor-inovasi-1280.png"));

        form.Click("Terbitkan");
        form.Click("Terbitkan sekarang");

        var file = Path.Combine(editor.Content, "inovasi", Slug, "index.md");
        form.Until(_ => File.Exists(file) ? file : null, "the saved file " + file);
        var text = File.ReadAllText(file);
        Assert.Contains("opd: dinkes", text);
        Assert.Contains("urusan: kesehatan", text);
        Assert.Contains("indikator: Waktu tunggu obat", text);

        var diagnostics = new DiagnosticBag();
        var content = SiteBuilder.Check(editor.Content, null, diagnostics);
        Assert.NotNull(content);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        var saved = content.Innovations.Single(i => i.Slug == Slug);
        Assert.Equal(Name, saved.Name);

        // serve rebuilt on the save: the new entry's page is on the site.
        using var http = new HttpClient();
        editor.Wait(TimeSpan.FromSeconds(60)).Until(_ => EditorSession.Answers(http, editor.Url($"inovasi/{Slug}/")));

        // The collection lists the new entry among the sample's.
        editor.Driver.Navigate().GoToUrl(editor.Url("admin/#/collections/inovasi"));
        form.Until(d => d.PageSource.Contains(Name) ? d : null, "the new entry in the list");
        form.Screenshot(Path.Combine(editor.Screenshots, "editor-koleksi-1280.png"));
    }

    [Fact]
    public void A_form_missing_a_required_field_is_not_saved()
    {
        HeadlessChromium.RequireInstalled();
        var before = Directory.GetDirectories(Path.Combine(editor.Content, "inovasi")).Length;
        editor.Open("#/collections/inovasi/new");
        var form = new EditorForm(editor.Driver);
        form.Type("Nama", "Inovasi Tanpa OPD");
        form.Click("Terbitkan");
        form.Click("Terbitkan sekarang");

        editor.Wait(TimeSpan.FromSeconds(15)).Until(d => d.PageSource.Contains("Ada kolom wajib yang belum diisi"));
        Assert.Contains("OPD wajib diisi.", editor.Driver.PageSource);
        form.Screenshot(Path.Combine(editor.Screenshots, "editor-wajib-1280.png"));
        Assert.Equal(before, Directory.GetDirectories(Path.Combine(editor.Content, "inovasi")).Length);
        Assert.False(Directory.Exists(Path.Combine(editor.Content, "inovasi", "inovasi-tanpa-opd")));
    }
}

/// <summary>One served copy of the sample and one Chromium for the editor tests, which run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EditorTestGroup : ICollectionFixture<EditorSession>
{
    public const string Name = "editor";
}
