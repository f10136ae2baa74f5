using Galeri.Content;
using Galeri.Entries.Sections;

namespace Galeri.Scaffolding;

/// <summary>
/// The text of a new entry: every field present with a short Indonesian hint, and the sections
/// with one-line hints as Markdown comments. Required fields are left empty on purpose, so
/// <c>galeri check</c> keeps asking for them until they are filled in.
/// </summary>
public static class EntryScaffold
{
    public static string Text(string name, string opdCode, string? schemaUrl)
    {
        var schema = schemaUrl is null ? "" : $"# yaml-language-server: $schema={schemaUrl}\n";
        return $"""
            ---
            {schema}# Data pokok inovasi. Panduan lengkap setiap kolom: content/README.md
            nama: {Quote(name)}          # wajib: nama lengkap inovasi
            akronim:                     # singkatan, bila ada (contoh: Siap Uji KIR)
            opd: {opdCode}               # wajib: kode OPD dari content/opd.yml
            ringkasan:                   # wajib: satu paragraf, paling banyak 80 kata
            jenis:                       # digital | non_digital
            bentuk:                      # tata_kelola | pelayanan_publik | lainnya
            urusan:                      # satu kode dari content/referensi/urusan.yml
            tahapan:                     # inisiatif | uji_coba | penerapan
            status:                      # aktif | berkembang | vakum | dihentikan
            tanggal_uji_coba:            # TTTT-BB-HH, contoh 2018-03-01
            tanggal_penerapan:           # TTTT-BB-HH; wajib bila tahapan: penerapan
            tag: []                      # kata kunci, contoh [uji kir, kendaraan]
            aspek_ipp: []                # kebijakan_pelayanan, profesionalisme_sdm, sarana_prasarana, konsultasi_pengaduan, sistem_informasi, inovasi
            sdgs: []                     # nomor TPB/SDGs 1-17, contoh [9, 16]
            dampak: []                   # hasil terukur; tiap butir: indikator, satuan, sebelum, sesudah, tahun, sumber
            penghargaan: []              # tiap butir: nama, penyelenggara, tahun
            replikasi:
              dapat_direplikasi:         # true | false
              prasyarat: []              # yang perlu disiapkan daerah peniru
              direplikasi_oleh: []       # tiap butir: instansi, daerah, tahun
            tautan:
              layanan:                   # alamat https:// layanan
              video:                     # alamat https:// video
              dokumen:                   # alamat https:// dokumen
            kontak:                      # kontak kelembagaan, bukan nomor pribadi
              unit:
              email:
              telepon:
            gambar: []                   # berkas di folder ini; tiap butir: berkas, alt (wajib)
            diperbarui: {DateTime.UtcNow:yyyy-MM-dd}
            ---
            {Sections()}
            """;
    }

    private static string Sections() => string.Join("\n", SectionKind.All.Select(kind =>
        $"## {kind.Heading}\n\n<!-- {(kind.Required ? "Wajib" : "Disarankan")}: {Hint(kind.Key)} -->\n"));

    private static string Hint(string key) => key switch
    {
        "latar-belakang" => "masalah apa yang dihadapi sebelum inovasi ini ada, dan siapa yang terdampak.",
        "cara-kerja" => "langkah demi langkah cara inovasi bekerja bagi pengguna dan petugas.",
        "hasil-dan-manfaat" => "perubahan yang terjadi, sebaiknya dengan angka (isi juga kolom dampak).",
        "kunci-keberhasilan" => "apa yang membuat inovasi ini berhasil (regulasi, dukungan pimpinan, mitra).",
        "tantangan" => "kendala yang dihadapi dan cara mengatasinya.",
        "cara-mereplikasi" => "yang perlu disiapkan daerah lain untuk meniru inovasi ini.",
        _ => "",
    };

    private static string Quote(string value) => value.Contains(':') || value.Contains('#') || value.StartsWith(' ')
        ? "\"" + value.Replace("\"", "\\\"") + "\""
        : value;

    public static string PathFor(string contentRoot, string slug) =>
        Path.Combine(contentRoot, ContentLayout.InnovationsFolder, slug, ContentLayout.InnovationFile);
}
