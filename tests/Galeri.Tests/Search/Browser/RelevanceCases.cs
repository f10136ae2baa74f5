namespace Galeri.Tests.Search.Browser;

/// <summary>
/// Queries a delegation types, with what it must see. Expectations:
/// <c>first:NAME</c> (the first result), <c>top3:NAME</c>, <c>only:NAME</c> (the one full match),
/// <c>none</c> (nothing at all), <c>partial:NAME</c> (no entry holds every word; NAME is listed
/// under "some of the words"), <c>reasons:WORD</c> (every result's reason line names WORD, so no
/// entry matched through another word, such as "datang" for "data").
/// </summary>
public static class RelevanceCases
{
    private const string Kir = "Aplikasi Siap Uji KIR Online";
    private const string Forum = "Forum Tanggung Jawab Sosial dan Lingkungan Perusahaan";
    private const string Parkir = "Parkir Tepi Jalan Nontunai";
    private const string Jemput = "Jemput Bola Adminduk bagi Warga Rentan";
    private const string Antrean = "Antrean Daring Puskesmas";

    /// <summary>The sample (Kota Magelang): the queries, then more of each kind.</summary>
    public static TheoryData<string, string> Sample => new()
    {
        // The queries.
        { "kir", "first:" + Kir },
        { "uji kir", "only:" + Kir },
        { "pengujian kendaraan bermotor", "first:" + Kir },
        { "DTKS", "first:" + Forum },
        { "kesejahtraan sosial", "first:" + Forum },
        { "retribusi", "first:" + Parkir },
        { "qris", "first:" + Parkir },
        { "pajak", "none" },
        { "pajak daerah", "partial:Si Bahenol" },
        { "penghargaan", "reasons:penghargaan" },
        { "angkutan umum", "reasons:angkutan" },
        { "ramah disabilitas", "only:" + Jemput },
        { "sampah", "only:Bank Sampah Digital" },
        { "data", "reasons:data" },
        { "satu data", "first:Data Go" },
        { "KIPP", "only:" + Kir },
        { "Top 99", "only:" + Kir },
        { "transportasi", "top3:" + Kir },
        { "bansos", "first:" + Forum },
        { "wa", "top3:" + Antrean },
        { "kesejahtraan", "first:" + Forum },
        { "pendaftran", "first:" + Kir },
        { "kendaran", "first:" + Kir },
        { "banjir", "none" },
        // Inflections: a form of the word finds the others.
        { "melayani", "first:Layanan Pelacakan Berkas Perizinan" },
        { "pelayanan perizinan", "only:Layanan Pelacakan Berkas Perizinan" },
        { "mendaftar", "top3:" + Kir },
        { "antre", "first:" + Antrean },
        { "pengasuhan anak", "only:Kelas Ayah Hebat" },
        // Typos of words that are no Indonesian word.
        { "antrian", "first:" + Antrean },
        { "perijinan", "only:Layanan Pelacakan Berkas Perizinan" },
        // Acronyms match whole.
        { "PJU", "only:Lapor PJU" },
        { "TJSLP", "only:" + Forum },
        { "csr", "only:" + Forum },
        { "adminduk", "only:" + Jemput },
        // Synonyms (content/referensi/sinonim.yml).
        { "e-KTP", "only:" + Jemput },
        { "keluhan", "first:Lapor PJU" },
        { "lampu jalan", "only:Lapor PJU" },
        { "non tunai", "first:" + Parkir },
        // Fields beyond the text: awards, replicating regions, OPD names.
        { "Purworejo", "only:" + Kir },
        { "Dinas Perhubungan", "top3:" + Parkir },
        // Several words.
        { "bank sampah", "only:Bank Sampah Digital" },
        { "barang milik daerah", "only:Si Bahenol" },
        { "aset daerah", "only:Si Bahenol" },
        { "studi tiru", "first:Galeri Inovasi" },
        { "inovasi daerah", "first:Klinik Inovasi Perangkat Daerah" },
        { "parkir kendaraan nontunai", "first:" + Parkir },
        { "puskesmas pajak", "partial:" + Antrean },
        // Negatives: real words the catalog has no innovation for.
        { "gempa", "none" },
        { "wisata", "none" },
        { "pariwisata", "none" },
        { "nelayan", "none" },
    };

    /// <summary>The second catalog (Kabupaten Lereng Merapi): the same kinds of queries on other words.</summary>
    public static TheoryData<string, string> Lereng => new()
    {
        { "pajak", "only:Bayar Pajak Bumi dan Bangunan lewat Ponsel" },
        { "pbb", "only:Bayar Pajak Bumi dan Bangunan lewat Ponsel" },
        { "membayar", "first:Bayar Pajak Bumi dan Bangunan lewat Ponsel" },
        { "banjir", "only:Sekolah Sungai Lereng" },
        { "tengkes", "only:Posyandu Remaja Cegah Tengkes" },
        { "stunting", "only:Posyandu Remaja Cegah Tengkes" },
        { "gagal tumbuh", "only:Posyandu Remaja Cegah Tengkes" },
        { "transportasi", "only:Trayek Angkutan Pedesaan Terjadwal" },
        { "wifi", "only:Wi-Fi Balai Desa" },
        { "hotspot", "only:Wi-Fi Balai Desa" },
        { "ambulas", "only:Ambulans Desa Siaga" },
        // "ambulan" is a word (ambul + -an): not corrected, although "ambulans" is one letter away.
        { "ambulan", "none" },
        { "mobil siaga", "only:Ambulans Desa Siaga" },
        { "gawat darurat", "only:Ambulans Desa Siaga" },
        { "lahir", "first:Akta Kelahiran Terbit di Tempat Bidan" },
        { "akta kelahiran", "first:Akta Kelahiran Terbit di Tempat Bidan" },
        { "antrian", "only:Bayar Pajak Bumi dan Bangunan lewat Ponsel" },
        { "Klaten", "only:Sekolah Sungai Lereng" },
        { "juara", "only:Bayar Pajak Bumi dan Bangunan lewat Ponsel" },
        { "peduli kali", "only:Sekolah Sungai Lereng" },
        { "petani", "first:Kartu Tani Digital" },
        { "petani banjir", "partial:Kartu Tani Digital" },
        { "rumah sakit", "partial:Ambulans Desa Siaga" },
        { "bidan", "only:Akta Kelahiran Terbit di Tempat Bidan" },
        { "sampah", "none" },
        { "kir", "none" },
        { "parkir", "none" },
    };
}
