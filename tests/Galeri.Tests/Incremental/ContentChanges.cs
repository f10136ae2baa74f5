using Galeri.Tests.Support;

namespace Galeri.Tests.Incremental;

/// <summary>
/// Every kind of change an author or Balitbang makes between two builds of the sample, each made to a
/// copy of the content and theme: <c>galeri serve</c>'s session (<see cref="SessionRebuildTests"/>) and
/// <c>galeri build</c>'s cache (<see cref="BuildCacheChangeTests"/>) must both give a clean build's files after each.
/// </summary>
public static class ContentChanges
{
    public static TheoryData<string> All =>
    [
        "summary", "body", "name", "tags", "opd of an entry", "new entry", "removed entry", "opd list", "ui string", "saved unchanged",
        "urusan name", "visit topic", "new visit", "site title", "image dimensions", "layout", "free page", "new opd",
        "saved by rename", "saved beside a swap file", "removed image", "new bundle file",
    ];

    /// <param name="Changed">The files a watcher reports changed.</param>
    /// <param name="Unknown">Folders were created or removed: the watcher's paths are not enough.</param>
    /// <param name="Expected">A page and a text it must show after the change (proof that the change reached the output), if any.</param>
    public sealed record Change(IReadOnlyList<string> Changed, bool Unknown, (string Page, string Text)? Expected);

    public static Change Apply(string change, string content, string theme)
    {
        var entry = Path.Combine(content, "inovasi", "data-go", "index.md");
        var text = File.ReadAllText(entry);
        var changed = new List<string> { entry };
        var unknown = false;
        (string Page, string Text)? expected = null; // proof that the change reached the output
        switch (change)
        {
            case "summary":
                File.WriteAllText(entry, text.Replace("\nringkasan: ", "\nringkasan: Kini untuk semua kelurahan. ", StringComparison.Ordinal));
                break;
            case "body":
                File.WriteAllText(entry, text.Replace("\n## Cara Kerja\n", "\nKini juga melayani permintaan data dari kelurahan.\n\n## Cara Kerja\n", StringComparison.Ordinal));
                expected = ("inovasi/data-go/index.html", "Kini juga melayani permintaan data dari kelurahan.");
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
                unknown = true; // a created folder: the watcher's paths are not enough
                changed.Clear();
                break;
            case "removed entry":
                Directory.Delete(Path.Combine(content, "inovasi", "kelas-ayah"), recursive: true);
                unknown = true;
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
            case "saved by rename":
                // As sed -i, gedit or vim do: the new text goes to a temporary file, renamed over the entry.
                var temporary = Path.Combine(Path.GetDirectoryName(entry)!, "sedq8Zr2x");
                File.WriteAllText(temporary, text.Replace("\nringkasan: ", "\nringkasan: Disimpan lewat berkas sementara. ", StringComparison.Ordinal));
                File.Move(temporary, entry, overwrite: true);
                changed = [temporary, entry];
                expected = ("inovasi/data-go/index.html", "Disimpan lewat berkas sementara.");
                break;
            case "saved beside a swap file":
                // vim keeps a hidden swap file beside the file it edits; the bundle leaves it out.
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(entry)!, ".index.md.swp"), "b0VIM 9.0");
                File.WriteAllText(entry, text.Replace("\nringkasan: ", "\nringkasan: Disunting di vim. ", StringComparison.Ordinal));
                changed = [Path.Combine(Path.GetDirectoryName(entry)!, ".index.md.swp"), entry];
                expected = ("inovasi/data-go/index.html", "Disunting di vim.");
                break;
            case "removed image":
                // A bundle file deleted (and its entry no longer naming it): it must leave the site.
                File.Delete(Path.Combine(Path.GetDirectoryName(entry)!, "tampilan-portal.svg"));
                File.WriteAllText(entry, System.Text.RegularExpressions.Regex.Replace(text, @"  - berkas: tampilan-portal\.svg\n    alt: [^\n]*\n", ""));
                changed = [Path.Combine(Path.GetDirectoryName(entry)!, "tampilan-portal.svg"), entry];
                break;
            case "new bundle file":
                // A file added beside an entry is published with it.
                File.Copy(Path.Combine(Path.GetDirectoryName(entry)!, "alur-data.svg"), Path.Combine(Path.GetDirectoryName(entry)!, "lampiran-alur.svg"));
                changed = [Path.Combine(Path.GetDirectoryName(entry)!, "lampiran-alur.svg")];
                break;
            case "new opd":
                var opdList = Path.Combine(content, "opd.yml");
                File.AppendAllText(opdList, "\n- kode: dinas-baru\n  nama: Dinas Baru Sekali\n");
                changed = [opdList];
                expected = ("schema/inovasi.schema.json", "Dinas Baru Sekali"); // the schema's OPD codes are its inputs
                break;
        }
        return new Change(changed, unknown, expected);
    }
}
