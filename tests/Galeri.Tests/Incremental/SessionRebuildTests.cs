using Galeri.Build;
using Galeri.Incremental;
using Galeri.Tests.Support;
using static Galeri.Tests.Support.RenderedSites;

namespace Galeri.Tests.Incremental;

/// <summary>
/// What <c>galeri serve</c> relies on: after any kind of change, a rebuild in a long-lived session
/// (reads, parses, cards, models, related entries, sorted lists, search analysis and vectors all
/// kept) gives exactly the files a clean build gives, and renders fewer pages. Where a change shows
/// on a page, the rebuilt page is also checked to show it, so that a page reused from before fails.
/// </summary>
public class SessionRebuildTests
{
    private static void AssertSameAsClean(RenderedSite incremental, string content, string theme)
    {
        var clean = Render(content, theme);
        Assert.Equal(clean.Files.Select(f => f.Path).Order(StringComparer.Ordinal), incremental.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in clean.Files)
            Assert.True(Bytes(file).AsSpan().SequenceEqual(Bytes(incremental.Find(file.Path)!)), $"{file.Path} differs from a clean build");
    }

    public static TheoryData<string> Changes =>
    [
        "summary", "name", "tags", "opd of an entry", "new entry", "removed entry", "opd list", "ui string", "saved unchanged",
        "urusan name", "visit topic", "new visit", "site title", "image dimensions", "layout", "free page", "new opd",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_rebuild_after_a_change_equals_a_clean_build(string change)
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        var theme = temp.Combine("theme");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        ThemeCopy.To(theme);
        var session = new BuildSession();
        var first = Render(content, theme, session);
        Render(content, theme, session); // a second build, so that every kept piece has been reused once

        var entry = Path.Combine(content, "inovasi", "data-go", "index.md");
        var text = File.ReadAllText(entry);
        var changed = new List<string> { entry };
        (string Page, string Text)? expected = null; // proof that the change reached the output
        switch (change)
        {
            case "summary":
                File.WriteAllText(entry, text.Replace("\nringkasan: ", "\nringkasan: Kini untuk semua kelurahan. ", StringComparison.Ordinal));
                break;
            case "name":
                File.WriteAllText(entry, text.Replace("nama: Data Go", "nama: Zeta Data Go", StringComparison.Ordinal));
                break;
            case "tags":
                File.WriteAllText(entry, text.Replace("tag: [", "tag: [kearsipan, ", StringComparison.Ordinal));
                break;
            case "opd of an entry":
                File.WriteAllText(entry, text.Replace("opd: diskominsta", "opd: dishub", StringComparison.Ordinal));
                break;
            case "new entry":
                var folder = Path.Combine(content, "inovasi", "data-go-kedua");
                DirectoryCopy.Copy(Path.GetDirectoryName(entry)!, folder); // with its images
                File.WriteAllText(Path.Combine(folder, "index.md"), text.Replace("nama: Data Go", "nama: Data Go Kedua", StringComparison.Ordinal));
                session.ChangedUnknown(); // a created folder: the watcher's paths are not enough
                changed.Clear();
                break;
            case "removed entry":
                Directory.Delete(Path.Combine(content, "inovasi", "kelas-ayah"), recursive: true);
                session.ChangedUnknown();
                changed.Clear();
                break;
            case "opd list":
                var opds = Path.Combine(content, "opd.yml");
                File.WriteAllText(opds, File.ReadAllText(opds).Replace("Dinas Komunikasi", "Dinas Kominfo", StringComparison.Ordinal));
                changed = [opds];
                break;
            case "ui string":
                var strings = Path.Combine(theme, "i18n", "id.yml");
                File.WriteAllText(strings, File.ReadAllText(strings).Replace("Inovasi terkait", "Inovasi serupa", StringComparison.Ordinal));
                changed = [strings];
                break;
            case "saved unchanged":
                File.WriteAllText(entry, text);
                break;
            case "urusan name":
                var urusan = Path.Combine(content, "referensi", "urusan.yml");
                File.WriteAllText(urusan, File.ReadAllText(urusan).Replace("nama: Perhubungan\n", "nama: Perhubungan dan Transportasi\n", StringComparison.Ordinal));
                changed = [urusan];
                expected = ("inovasi/siap-uji-kir-online/index.html", "Perhubungan dan Transportasi");
                break;
            case "visit topic":
                var visit = Path.Combine(content, "kunjungan", "2023-08-02-dinsos-depok.yml");
                File.WriteAllText(visit, File.ReadAllText(visit).Replace("  - Perencanaan program", "  - Penyusunan dan perencanaan program", StringComparison.Ordinal));
                changed = [visit];
                expected = ("kunjungan/2023-08-02-dinsos-depok/index.html", "Penyusunan dan perencanaan program");
                break;
            case "new visit":
                var visitFile = Path.Combine(content, "kunjungan", "2024-02-20-bappeda-bantul.yml");
                File.WriteAllText(visitFile, File.ReadAllText(Path.Combine(content, "kunjungan", "2019-09-04-diklatpim-kemensos.yml"))
                    .Replace("tanggal: 2019-09-04", "tanggal: 2024-02-20", StringComparison.Ordinal)
                    .Replace("instansi: Peserta Diklatpim", "instansi: Bappeda Bantul dan Peserta Diklatpim", StringComparison.Ordinal));
                changed = [visitFile]; // a created file: what the watcher reports
                expected = ("kunjungan/2024-02-20-bappeda-bantul/index.html", "Bappeda Bantul");
                break;
            case "site title":
                var site = Path.Combine(content, "site.yml");
                File.WriteAllText(site, File.ReadAllText(site)
                    .Replace("judul: Galeri Inovasi Kota Magelang", "judul: Galeri Inovasi Magelang Sejuk", StringComparison.Ordinal)
                    .Replace("deskripsi: Katalog inovasi", "deskripsi: Katalog lengkap inovasi", StringComparison.Ordinal));
                changed = [site];
                expected = ("inovasi/data-go/index.html", "Galeri Inovasi Magelang Sejuk");
                break;
            case "image dimensions":
                var image = Path.Combine(content, "inovasi", "data-go", "alur-data.svg");
                File.WriteAllText(image, """
                    <svg xmlns="http://www.w3.org/2000/svg" width="417" height="233" viewBox="0 0 417 233" role="img"><title>Alur data</title><rect width="417" height="233" fill="#0f5c6e"/></svg>
                    """);
                changed = [image];
                expected = ("inovasi/data-go/index.html", "width=\"417\" height=\"233\"");
                break;
            case "layout":
                var layout = Path.Combine(theme, "layouts", "entry.liquid");
                File.WriteAllText(layout, File.ReadAllText(layout).Replace("<p class=\"lead\"", "<p class=\"lead\" data-edited=\"ya\"", StringComparison.Ordinal));
                changed = [layout];
                expected = ("inovasi/data-go/index.html", "data-edited=\"ya\"");
                break;
            case "free page":
                var freePage = Path.Combine(content, "halaman", "tentang.md");
                File.WriteAllText(freePage, File.ReadAllText(freePage).Replace("judul: Tentang Galeri Inovasi", "judul: Tentang Galeri Ini", StringComparison.Ordinal));
                changed = [freePage];
                expected = ("inovasi/data-go/index.html", "Tentang Galeri Ini"); // the menu on every page
                break;
            case "new opd":
                var opdList = Path.Combine(content, "opd.yml");
                File.AppendAllText(opdList, "\n- kode: dinas-baru\n  nama: Dinas Baru Sekali\n");
                changed = [opdList];
                expected = ("schema/inovasi.schema.json", "Dinas Baru Sekali"); // the schema's OPD codes are its inputs
                break;
        }
        session.Changed(changed);
        var rebuilt = Render(content, theme, session);

        AssertSameAsClean(rebuilt, content, theme);
        if (expected is var (page, shown))
        {
            Assert.Contains(shown, TextOf(rebuilt, page), StringComparison.Ordinal);
            if (first.Find(page) is not null) Assert.DoesNotContain(shown, TextOf(first, page), StringComparison.Ordinal);
        }
        if (change is "summary" or "saved unchanged")
            Assert.True(rebuilt.PagesRendered < first.Pages / 3, $"{rebuilt.PagesRendered} of {first.Pages} pages rendered");
        if (change == "saved unchanged") Assert.Equal(0, rebuilt.PagesRendered);
    }
}
