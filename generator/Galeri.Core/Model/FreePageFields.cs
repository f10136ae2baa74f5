using static Galeri.Model.FieldType;

namespace Galeri.Model;

/// <summary>
/// Every field of a free page's front matter (<c>content/halaman/&lt;slug&gt;.md</c>). Adding a field here
/// adds it to the JSON Schema (<c>galeri schema --jenis halaman</c>), the parser's known keys and the
/// field table in content/README.md.
/// </summary>
internal static class FreePageFields
{
    public static readonly Field Page = new("halaman", Group,
        "Data pokok (front matter) satu halaman bebas, misalnya Tentang: content/halaman/<slug>.md. Panduan: content/README.md.")
    {
        Fields =
        [
            new("judul", FieldType.Text, "Judul halaman, juga namanya di menu. Contoh: Tentang Galeri Inovasi.")
            {
                Required = true, DocExample = "`Tentang Galeri Inovasi`",
            },
            new("deskripsi", FieldType.Text, "Satu kalimat tentang isi halaman, untuk mesin pencari dan pratinjau tautan.")
            {
                DocExample = "`Apa itu Galeri Inovasi dan siapa pengelolanya.`",
            },
            new("urutan", Integer, "Urutan di menu navigasi: angka kecil tampil lebih dulu; halaman tanpa urutan tampil terakhir.")
            {
                Minimum = -1000, Maximum = 1000, DocAllowed = "Bilangan bulat −1000 sampai 1000; angka kecil tampil lebih dulu di menu",
                DocExample = "`1`",
            },
        ],
    };
}
