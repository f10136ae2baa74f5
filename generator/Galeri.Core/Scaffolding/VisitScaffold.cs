using Galeri.Content;

namespace Galeri.Scaffolding;

/// <summary>The text of a new studi tiru visit file, with a hint on each field.</summary>
public static class VisitScaffold
{
    public static string Text(DateOnly date, string agency, string? region, string hostCode) => $"""
        # Kunjungan studi tiru. Panduan: content/README.md
        tanggal: {date:yyyy-MM-dd}
        instansi: {agency}               # instansi yang berkunjung
        daerah: {region}                 # asal daerahnya, contoh Kota Depok
        tuan_rumah: {hostCode}           # kode OPD penerima, dari content/opd.yml
        topik: []                        # hal yang dipelajari, contoh [pelayanan publik, Forum TJSLP]
        inovasi: []                      # nama folder inovasi yang dipelajari, contoh [forum-tjslp]
        ringkasan:                       # satu paragraf: siapa datang, apa yang dipelajari

        """;

    public static string PathFor(string contentRoot, DateOnly date, string slug) =>
        Path.Combine(contentRoot, ContentLayout.VisitsFolder, $"{date:yyyy-MM-dd}-{slug}.yml");
}
