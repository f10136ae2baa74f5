using static Galeri.Model.FieldType;

namespace Galeri.Model;

/// <summary>
/// Every field of a studi tiru visit (<c>content/kunjungan/&lt;TTTT-BB-HH-nama&gt;.yml</c>), in the order
/// staff write them. Adding a field here adds it to the JSON Schema (<c>galeri schema --jenis kunjungan</c>),
/// the <c>galeri new kunjungan</c> scaffold, the parser's known keys, the visit page's <c>visit.fields</c>
/// and the field table in content/README.md. References to other files (the host OPD, the
/// innovations) are checked by the content validator.
/// </summary>
internal static class VisitFields
{
    public static readonly Field Visit = new("kunjungan", Group,
        "Satu kunjungan studi tiru: content/kunjungan/<TTTT-BB-HH-nama-pendek>.yml. Panduan: content/README.md.")
    {
        Fields =
        [
            new("tanggal", Date, "Tanggal kunjungan, format TTTT-BB-HH. Contoh: 2023-06-14.")
            {
                Required = true, DocExample = "`2023-06-14`",
            },
            new("instansi", FieldType.Text, "Lembaga yang berkunjung. Contoh: Dinas Sosial Kota Salatiga.")
            {
                Required = true, Note = "instansi yang berkunjung", DocExample = "`Dinas Sosial Kota Salatiga`",
            },
            new("daerah", FieldType.Text, "Asal daerah lembaga yang berkunjung. Contoh: Kota Salatiga, Jawa Tengah.")
            {
                Note = "asal daerahnya, contoh Kota Depok", DocExample = "`Kota Salatiga, Jawa Tengah`",
            },
            new("tuan_rumah", Code, "Kode OPD penerima kunjungan, dari content/opd.yml.")
            {
                CodeList = CodeLists.Opd, Note = "kode OPD penerima, dari content/opd.yml",
                DocAllowed = "Salah satu `kode` di `opd.yml`", DocExample = "`dinsos`",
            },
            new("topik", List, "Hal-hal yang dibahas atau dipelajari. Contoh: [Penguatan Forum TJSLP, Pengelolaan DTKS].")
            {
                Item = new("", FieldType.Text, ""), Note = "hal yang dipelajari, contoh [pelayanan publik, Forum TJSLP]",
                DocExample = "`[Penguatan Forum TJSLP, Pengelolaan DTKS]`",
            },
            new("inovasi", List, "Nama folder inovasi yang dipelajari, dari content/inovasi/.")
            {
                Item = new("", Code, "") { CodeList = CodeLists.Innovation }, Note = "nama folder inovasi yang dipelajari, contoh [forum-tjslp]",
                DocAllowed = "Daftar nama folder di `inovasi/`; boleh `[]` bila tidak ada", DocExample = "`[forum-tjslp]`",
            },
            new("ringkasan", LongText, "Satu paragraf berdasarkan fakta yang tercatat: siapa datang dan apa yang dipelajari.")
            {
                Note = "satu paragraf: siapa datang, apa yang dipelajari", DocAllowed = "Satu paragraf, tanpa mengarang kutipan",
                DocExample = "`Rombongan Dinas Sosial Kota Salatiga ...`",
            },
        ],
    };
}
