namespace Galeri.Tests.Support;

/// <summary>
/// A small, valid content folder written from code, for tests that change one thing and look at
/// the effect. <see cref="Entry"/> is a complete entry whose lines tests can rely on.
/// </summary>
public static class MiniContent
{
    public const string Site = """
        judul: Galeri Uji
        penyelenggara: Balitbang Kota Uji
        bahasa: id
        base_url: https://contoh.go.id/galeri/
        """;

    public const string Opds = """
        - kode: dishub
          nama: Dinas Perhubungan
          singkatan: Dishub
          situs: https://dishub.contoh.go.id/
        - kode: diskominsta
          nama: Dinas Komunikasi, Informatika dan Statistik
          singkatan: Diskominsta
        """;

    public const string Urusan = """
        - kode: perhubungan
          nama: Perhubungan
          kelompok: Wajib Non Pelayanan Dasar
        - kode: komunikasi-informatika
          nama: Komunikasi dan Informatika
        """;

    // Line numbers matter to tests: "opd" is on line 3, "urusan" on line 7, "tanggal_penerapan" on line 11.
    public const string Entry = """
        ---
        nama: Aplikasi Siap Uji KIR Online
        opd: dishub
        ringkasan: Pendaftaran uji KIR kendaraan secara daring.
        jenis: digital
        bentuk: pelayanan_publik
        urusan: perhubungan
        tahapan: penerapan
        status: aktif
        tanggal_uji_coba: 2018-03-01
        tanggal_penerapan: 2019-01-15
        tag: [uji kir, kendaraan]
        kontak:
          unit: Seksi Pengujian Kendaraan
          email: dishub@contoh.go.id
          telepon: (0293) 362000
        ---
        ## Latar Belakang

        Antrean panjang di tempat uji.

        ## Cara Kerja

        Pemilik kendaraan mendaftar daring.

        ## Hasil dan Manfaat

        Waktu tunggu turun.
        """;

    public const string SecondEntry = """
        ---
        nama: Data Go
        opd: diskominsta
        ringkasan: Portal data terbuka kota.
        jenis: digital
        urusan: komunikasi-informatika
        tahapan: uji_coba
        status: berkembang
        tanggal_uji_coba: 2020-02-01
        tag: [data terbuka]
        ---
        ## Latar Belakang

        Data tersebar.

        ## Cara Kerja

        Satu portal.

        ## Hasil dan Manfaat

        Data mudah dicari.
        """;

    public const string Visit = """
        tanggal: 2023-08-02
        instansi: Dinas Sosial Kota Depok
        daerah: Kota Depok
        tuan_rumah: dishub
        topik: [pelayanan publik]
        inovasi: [siap-uji-kir-online]
        ringkasan: Kunjungan studi tiru.
        """;

    public const string Page = """
        ---
        judul: Tentang
        ---
        Galeri ini **contoh**.
        """;

    /// <summary>Writes the mini content into <paramref name="root"/>; returns the content folder.</summary>
    public static string WriteTo(string root)
    {
        var content = Path.Combine(root, "content");
        void Write(string relative, string text)
        {
            var path = Path.Combine(content, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text + "\n");
        }
        Write("site.yml", Site);
        Write("opd.yml", Opds);
        Write("referensi/urusan.yml", Urusan);
        Write("inovasi/siap-uji-kir-online/index.md", Entry);
        Write("inovasi/data-go/index.md", SecondEntry);
        Write("kunjungan/2023-08-02-depok.yml", Visit);
        Write("halaman/tentang.md", Page);
        return content;
    }
}
