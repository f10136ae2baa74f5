using static Galeri.Model.FieldType;

namespace Galeri.Model;

/// <summary>
/// Every field of one OPD in <c>content/opd.yml</c> (a list of OPDs). Adding a field here adds it to the
/// JSON Schema (<c>galeri schema --jenis opd</c>), the parser's known keys and the field table in
/// content/README.md. That each <c>kode</c> is unique is a rule across items: <see cref="Content.CodeListReader"/>.
/// </summary>
internal static class OpdFields
{
    public static readonly Field List = new("opd", FieldType.List,
        "Daftar organisasi perangkat daerah (OPD): content/opd.yml. Setiap OPD satu butir; kodenya dirujuk oleh kolom opd inovasi dan tuan_rumah kunjungan.")
    {
        Item = new("", Group, "Satu OPD.")
        {
            Fields =
            [
                new("kode", Slug, "Kode OPD, unik: huruf kecil a-z, angka dan tanda hubung. Contoh: diskominsta.")
                {
                    Required = true, DocAllowed = "Huruf kecil a–z, angka dan tanda hubung; tidak boleh sama dengan kode lain", DocExample = "`diskominsta`",
                },
                new("nama", FieldType.Text, "Nama lengkap OPD. Contoh: Dinas Komunikasi, Informatika dan Statistik.")
                {
                    Required = true, DocExample = "`Dinas Komunikasi, Informatika dan Statistik`",
                },
                new("singkatan", FieldType.Text, "Nama pendek OPD. Contoh: Diskominsta. Bila kosong, dipakai nama lengkap.")
                {
                    DocRequirement = "Opsional; bila kosong dipakai `nama`", DocExample = "`Diskominsta`",
                },
                new("situs", Url, "Alamat situs resmi OPD, diawali https://.")
                {
                    DocExample = "`https://diskominsta.magelangkota.go.id/`",
                },
            ],
        },
    };
}
