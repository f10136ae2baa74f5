using static Galeri.Model.FieldType;

namespace Galeri.Model;

/// <summary>
/// Every field of one urusan in <c>content/referensi/urusan.yml</c> (a list of urusan). Adding a field
/// here adds it to the JSON Schema (<c>galeri schema --jenis urusan</c>), the parser's known keys and
/// the field table in content/README.md. That each <c>kode</c> is unique is a rule across items:
/// <see cref="Content.CodeListReader"/>.
/// </summary>
internal static class UrusanFields
{
    public static readonly Field List = new("urusan", FieldType.List,
        "Daftar urusan pemerintahan: content/referensi/urusan.yml. Setiap urusan satu butir; kodenya dirujuk oleh kolom urusan inovasi.")
    {
        Item = new("", Group, "Satu urusan pemerintahan.")
        {
            Fields =
            [
                new("kode", Slug, "Kode urusan, unik: huruf kecil a-z, angka dan tanda hubung. Contoh: komunikasi-informatika.")
                {
                    Required = true, DocAllowed = "Huruf kecil a–z, angka dan tanda hubung; tidak boleh sama dengan kode lain",
                    DocExample = "`komunikasi-informatika`",
                },
                new("nama", FieldType.Text, "Nama urusan. Contoh: Komunikasi dan Informatika.")
                {
                    Required = true, DocExample = "`Komunikasi dan Informatika`",
                },
                // Written as text, not checked against a list: the grouping follows the regulation of the day.
                new("kelompok", FieldType.Text, "Kelompok urusan: Wajib Pelayanan Dasar, Wajib Non Pelayanan Dasar, Pilihan, atau Penunjang.")
                {
                    DocAllowed = "`Wajib Pelayanan Dasar`, `Wajib Non Pelayanan Dasar`, `Pilihan`, atau `Penunjang`",
                    DocExample = "`Wajib Non Pelayanan Dasar`",
                },
            ],
        },
    };
}
