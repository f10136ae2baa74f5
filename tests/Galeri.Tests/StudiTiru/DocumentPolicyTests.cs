using System.IO.Compression;
using System.Text;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.StudiTiru;

/// <summary>
/// Office documents in an entry folder: published only when <c>dokumen</c> or <c>dasar_hukum</c>
/// names them, and only when they are what their name says (a zip of the right OOXML/ODF kind)
/// without macros; macro-enabled types are refused whoever names them. Named files must exist.
/// </summary>
public class DocumentPolicyTests
{
    private static string Folder(string content) => Path.Combine(content, "inovasi", "siap-uji-kir-online");

    private static string WithDocuments(string content, string items)
    {
        var path = Path.Combine(Folder(content), "index.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("tag: [uji kir, kendaraan]\n", "tag: [uji kir, kendaraan]\n" + items, StringComparison.Ordinal));
        return content;
    }

    private static BuildResult Build(string content, string output) => SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));

    /// <summary>A minimal Office Open XML document, or one of its variants.</summary>
    internal static void Docx(string path, bool macros = false, string mainPart = "word/document.xml")
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
        Entry(zip, "_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>""");
        Entry(zip, mainPart, """<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>""");
        if (macros) Entry(zip, "word/vbaProject.bin", "Attribute VB_Name = \"Module1\"");
    }

    internal static void Odt(string path, bool macros = false)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
        Entry(zip, "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        if (macros) Entry(zip, "Basic/Standard/Module1.xml", "<script:module/>");
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Named_office_documents_and_pdfs_are_published_and_listed_with_type_and_size()
    {
        using var temp = new TempDirectory();
        var content = WithDocuments(MiniContent.WriteTo(temp.Path), """
            dasar_hukum:
              - {jenis: peraturan_kepala_daerah, nomor: "27", tahun: 2018, judul: Uji KIR Daring, berkas: perwal-27.pdf}
            dokumen:
              - {judul: Templat verifikasi, berkas: templat.docx}
              - {judul: Panduan petugas, berkas: panduan.odt}

            """);
        File.WriteAllText(Path.Combine(Folder(content), "perwal-27.pdf"), "%PDF-1.4\n%%EOF\n");
        Docx(Path.Combine(Folder(content), "templat.docx"));
        Odt(Path.Combine(Folder(content), "panduan.odt"));

        var result = Build(content, temp.Combine("public"));

        DiagnosticAssert.NoErrors(result.Diagnostics);
        var entry = temp.Combine("public/inovasi/siap-uji-kir-online");
        Assert.True(File.Exists(Path.Combine(entry, "templat.docx")) && File.Exists(Path.Combine(entry, "panduan.odt")) && File.Exists(Path.Combine(entry, "perwal-27.pdf")));
        var page = File.ReadAllText(Path.Combine(entry, "index.html"));
        Assert.Contains("<a href=\"../../inovasi/siap-uji-kir-online/templat.docx\" download>Templat verifikasi</a> <span class=\"muted\">(DOCX, 1 KB)</span>", page);
        Assert.Contains("<a href=\"../../inovasi/siap-uji-kir-online/perwal-27.pdf\">Peraturan Wali Kota/Bupati Nomor 27 Tahun 2018</a>", page);
    }

    [Fact]
    public void An_office_document_nobody_names_is_refused_at_the_file()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        Docx(Path.Combine(Folder(content), "lampiran.docx"));

        var result = Build(content, temp.Combine("public"));

        var error = DiagnosticAssert.SingleError(result.Diagnostics, "document-unnamed");
        Assert.EndsWith("inovasi/siap-uji-kir-online/lampiran.docx", error.File);
        Assert.Contains("dokumen atau dasar_hukum", error.Message("id"));
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "sop.docx:macros", "office-macro" },
        { "sop.odt:macros", "office-macro" },
        { "sop.docx:text", "office-invalid" },
        { "sop.docx:workbook", "office-invalid" },
        { "sop.docm", "macro-file" },
        { "sop.doc", "document-type" },
        { "../sop.pdf", "document-path" },
        { "sop-layanan.pdf", "document-missing" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_named_document_that_is_not_what_it_says_or_not_there_is_refused(string file, string rule)
    {
        using var temp = new TempDirectory();
        var (name, variant) = file.Contains(':') ? (file.Split(':')[0], file.Split(':')[1]) : (file, "");
        var content = WithDocuments(MiniContent.WriteTo(temp.Path), $"dokumen:\n  - {{judul: SOP, berkas: {name}}}\n");
        var path = Path.Combine(Folder(content), name.TrimStart('.', '/'));
        switch (variant)
        {
            case "macros" when name.EndsWith(".odt", StringComparison.Ordinal): Odt(path, macros: true); break;
            case "macros": Docx(path, macros: true); break;
            case "text": File.WriteAllText(path, "Ini bukan dokumen Word."); break;
            case "workbook": Docx(path, mainPart: "xl/workbook.xml"); break;
            default: if (rule != "document-missing" && rule != "document-path") File.WriteAllText(path, "x"); break;
        }
        // The file is there under a slightly different name: the message says which.
        if (rule == "document-missing") File.WriteAllText(Path.Combine(Folder(content), "sop_layanan.pdf"), "%PDF-1.4");

        var result = Build(content, temp.Combine("public"));

        var error = DiagnosticAssert.SingleError(result.Diagnostics.Where(d => d.Rule != "document-unnamed"), rule);
        Assert.False(Directory.Exists(temp.Combine("public")), "nothing is published");
        if (rule == "document-missing") Assert.Contains("Maksud Anda \"sop_layanan.pdf\"?", error.Message("id"));
        if (rule is "document-path" or "document-type" or "macro-file" or "document-missing") Assert.Equal("dokumen[1].berkas", error.Field);
    }

    [Fact]
    public void A_named_document_keeps_the_size_limit_of_every_published_file()
    {
        using var temp = new TempDirectory();
        var content = WithDocuments(MiniContent.WriteTo(temp.Path), "dokumen:\n  - {judul: Rekaman rapat, berkas: rekap.xlsx}\n");
        using (var file = File.Create(Path.Combine(Folder(content), "rekap.xlsx"))) file.SetLength(20L * 1024 * 1024 + 1);

        var result = Build(content, temp.Combine("public"));

        Assert.EndsWith("siap-uji-kir-online/rekap.xlsx", DiagnosticAssert.SingleError(result.Diagnostics, "bundle-file-too-large").File);
    }

    [Fact]
    public void A_document_item_points_somewhere_and_not_two_ways()
    {
        using var temp = new TempDirectory();
        var content = WithDocuments(MiniContent.WriteTo(temp.Path), """
            dokumen:
              - {judul: Tanpa tujuan}
              - {judul: Dua tujuan, berkas: sop.pdf, tautan: https://contoh.go.id/sop.pdf}

            """);
        File.WriteAllText(Path.Combine(Folder(content), "sop.pdf"), "%PDF-1.4");

        var result = Build(content, temp.Combine("public"));

        Assert.Contains("Tanpa tujuan", DiagnosticAssert.SingleError(result.Diagnostics, "document-target-missing").Message("id"));
        Assert.Equal("dokumen[2].berkas", DiagnosticAssert.SingleError(result.Diagnostics, "document-target-both").Field);
    }
}
