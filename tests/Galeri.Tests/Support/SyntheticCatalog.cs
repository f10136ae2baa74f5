using System.Globalization;

namespace Galeri.Tests.Support;

/// <summary>
/// The mini content (<see cref="MiniContent"/>) plus <c>count</c> generated entries, so a build has a
/// few hundred pages to write. Entries whose number is a multiple of <c>changeEvery</c> carry
/// <c>version</c> in their body: two versions of one catalog differ in those entry pages (and the
/// search index), and nowhere else.
/// </summary>
public static class SyntheticCatalog
{
    public static string WriteTo(string folder, int count, int version, int changeEvery = 1)
    {
        DirectoryCopy.Copy(MiniContent.BaseFolder, folder);
        for (var i = 1; i <= count; i++)
        {
            var slug = string.Create(CultureInfo.InvariantCulture, $"contoh-{i:D4}");
            var changed = i % changeEvery == 0 ? $" Versi {version}." : "";
            var entry = $"""
                ---
                nama: Inovasi Contoh {i}
                opd: diskominsta
                ringkasan: Inovasi contoh nomor {i} untuk menguji penulisan folder keluaran.
                jenis: digital
                bentuk: tata_kelola
                urusan: komunikasi-informatika
                tahapan: uji_coba
                status: berkembang
                tanggal_uji_coba: 2020-02-01
                tag: [contoh]
                ---
                ## Latar Belakang

                Layanan nomor {i} lambat.{changed}

                ## Cara Kerja

                Satu portal untuk nomor {i}.

                ## Hasil dan Manfaat

                Data mudah dicari.

                """;
            var path = Path.Combine(folder, "inovasi", slug, "index.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, entry);
        }
        return folder;
    }
}
