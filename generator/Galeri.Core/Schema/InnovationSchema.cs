using System.Text.Encodings.Web;
using System.Text.Json;
using Galeri.Content;
using Galeri.Entries;

namespace Galeri.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of an entry's front matter, with the lists that live in content/
/// (OPD and urusan codes) filled in and a description of every field in Bahasa Indonesia. Editors
/// use it to complete and check fields as staff type (<c># yaml-language-server: $schema=…</c>).
/// It mirrors <see cref="InnovationParser"/>; rules across fields (dates in order, images present)
/// remain for <c>galeri check</c>.
/// </summary>
public static class InnovationSchema
{
    public const string SitePath = "schema/inovasi.schema.json";

    private const string Date = "date";
    private const string WebUrlPattern = "^https?://";

    public static string Write(SiteContent content)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            if (content.Site.AbsoluteUrl(SitePath) is { } id) json.WriteString("$id", id);
            json.WriteString("title", $"Inovasi — {content.Site.Title}");
            json.WriteString("description", "Data pokok (front matter) satu inovasi: content/inovasi/<nama-folder>/index.md. Panduan lengkap: content/README.md.");
            json.WriteString("type", "object");
            json.WriteStartArray("required");
            foreach (var field in new[] { "nama", "opd", "ringkasan" }) json.WriteStringValue(field);
            json.WriteEndArray();
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");

            Text(json, "nama", "Nama inovasi, lengkap seperti dikenal masyarakat. Contoh: Aplikasi Siap Uji KIR Online.", required: true);
            Text(json, "akronim", "Singkatan atau nama pendek, bila ada. Contoh: Siap Uji KIR.");
            Choice(json, "opd", "Kode perangkat daerah pengelola, dari content/opd.yml.",
                content.Opds.Select(o => (o.Code, $"{o.ShortName} — {o.Name}")));
            Text(json, "ringkasan", "Satu paragraf (paling banyak 80 kata): apa inovasinya, untuk siapa, dan apa hasilnya.", required: true);
            Choice(json, "jenis", "Digital (aplikasi, situs, sistem) atau non_digital.", Vocabulary.Jenis.Select(v => (v, v)));
            Choice(json, "bentuk", "Bentuk inovasi: tata_kelola, pelayanan_publik atau lainnya.", Vocabulary.Bentuk.Select(v => (v, v)));
            Choice(json, "urusan", "Satu kode urusan pemerintahan, dari content/referensi/urusan.yml.",
                content.Urusan.Select(u => (u.Code, u.Name)));
            Choice(json, "tahapan", "Tahap inovasi: inisiatif, uji_coba atau penerapan (penerapan wajib mengisi tanggal_penerapan).", Vocabulary.Tahapan.Select(v => (v, v)));
            Choice(json, "status", "Keadaan saat ini: aktif, berkembang, vakum atau dihentikan.", Vocabulary.Status.Select(v => (v, v)));
            DateField(json, "tanggal_uji_coba", "Tanggal mulai uji coba, format TTTT-BB-HH. Contoh: 2018-03-01.");
            DateField(json, "tanggal_penerapan", "Tanggal mulai diterapkan, format TTTT-BB-HH; tidak boleh sebelum tanggal uji coba.");
            TextList(json, "tag", "Kata kunci untuk pencarian, huruf kecil. Contoh: [uji kir, kendaraan].");
            ChoiceList(json, "aspek_ipp", "Aspek Indeks Pelayanan Publik yang didukung.", Vocabulary.IppAspects);

            json.WriteStartObject("sdgs");
            json.WriteString("description", "Nomor Tujuan Pembangunan Berkelanjutan (TPB/SDGs) yang didukung, 1 sampai 17.");
            json.WriteString("type", "array");
            json.WriteBoolean("uniqueItems", true);
            json.WriteStartObject("items");
            json.WriteString("type", "integer");
            json.WriteNumber("minimum", 1);
            json.WriteNumber("maximum", 17);
            json.WriteEndObject();
            json.WriteEndObject();

            ObjectList(json, "dampak", "Hasil terukur: nilai sebelum dan sesudah inovasi.", ["indikator"], item =>
            {
                Text(item, "indikator", "Apa yang diukur. Contoh: Waktu tunggu pengujian.", required: true);
                Text(item, "satuan", "Satuan ukuran. Contoh: menit, hari, persen.");
                Number(item, "sebelum", "Nilai sebelum inovasi (angka, titik sebagai tanda desimal, tanpa pemisah ribuan: 1500 atau 12.5).");
                Number(item, "sesudah", "Nilai sesudah inovasi (angka, titik sebagai tanda desimal, tanpa pemisah ribuan: 1500 atau 12.5).");
                Year(item, "tahun", "Tahun pengukuran.");
                Text(item, "sumber", "Sumber data. Contoh: Laporan kinerja Dishub 2019.");
            });
            ObjectList(json, "penghargaan", "Penghargaan yang diterima.", ["nama"], item =>
            {
                Text(item, "nama", "Nama penghargaan.", required: true);
                Text(item, "penyelenggara", "Pemberi penghargaan. Contoh: Kementerian PANRB.");
                Year(item, "tahun", "Tahun penghargaan.");
            });
            Object(json, "replikasi", "Apakah dan bagaimana inovasi dapat ditiru daerah lain.", [], nested =>
            {
                nested.WriteStartObject("dapat_direplikasi");
                nested.WriteString("description", "true bila inovasi dapat ditiru daerah lain, false bila tidak.");
                nested.WriteString("type", "boolean");
                nested.WriteEndObject();
                TextList(nested, "prasyarat", "Yang perlu disiapkan daerah peniru. Contoh: [Regulasi daerah, Server].");
                ObjectList(nested, "direplikasi_oleh", "Instansi yang sudah meniru inovasi ini.", ["instansi"], item =>
                {
                    Text(item, "instansi", "Nama instansi peniru.", required: true);
                    Text(item, "daerah", "Daerahnya. Contoh: Kota Salatiga.");
                    Year(item, "tahun", "Tahun replikasi.");
                });
            });
            Object(json, "tautan", "Tautan resmi, masing-masing satu alamat https://.", [], nested =>
            {
                Url(nested, "layanan", "Alamat layanan yang bisa dicoba.");
                Url(nested, "video", "Video penjelasan.");
                Url(nested, "dokumen", "Dokumen pendukung (SOP, laporan).");
            });
            Object(json, "kontak", "Kontak kelembagaan untuk tim studi tiru (bukan nomor pribadi).", [], nested =>
            {
                Text(nested, "unit", "Unit kerja yang dapat dihubungi.");
                nested.WriteStartObject("email");
                nested.WriteString("description", "Surel kelembagaan. Contoh: dishub@magelangkota.go.id.");
                nested.WriteString("type", "string");
                nested.WriteString("format", "email");
                nested.WriteString("pattern", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
                nested.WriteEndObject();
                Text(nested, "telepon", "Telepon kantor. Contoh: (0293) 362405.");
            });
            ObjectList(json, "gambar", "Gambar di folder yang sama dengan index.md; setiap gambar wajib punya teks alternatif.", ["berkas", "alt"], item =>
            {
                item.WriteStartObject("berkas");
                item.WriteString("description", "Nama berkas di folder inovasi ini (jpg, jpeg, png, webp, gif, svg).");
                item.WriteString("type", "string");
                item.WriteString("pattern", "^(?!/)(?!.*\\.\\.)[^:]+\\.(jpg|jpeg|png|webp|gif|svg|JPG|JPEG|PNG|WEBP|GIF|SVG)$");
                item.WriteEndObject();
                Text(item, "alt", "Uraian isi gambar untuk pembaca layar. Contoh: Petugas memeriksa rem truk di jalur uji.", required: true);
            });
            DateField(json, "diperbarui", "Tanggal terakhir data ini diperiksa, format TTTT-BB-HH.");

            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Text(Utf8JsonWriter json, string name, string description, bool required = false)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "string");
        if (required) json.WriteNumber("minLength", 1);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "number");
        json.WriteNumber("minimum", -Entries.InnovationParser.ImpactLimit);
        json.WriteNumber("maximum", Entries.InnovationParser.ImpactLimit);
        json.WriteEndObject();
    }

    private static void Year(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "integer");
        // The same bounds check enforces (Entries/InnovationParser).
        json.WriteNumber("minimum", Entries.InnovationParser.FirstYear);
        json.WriteNumber("maximum", Entries.InnovationParser.LastYear);
        json.WriteEndObject();
    }

    private static void DateField(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "string");
        json.WriteString("format", Date);
        json.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        json.WriteEndObject();
    }

    private static void Url(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "string");
        json.WriteString("format", "uri");
        json.WriteString("pattern", WebUrlPattern);
        json.WriteEndObject();
    }

    private static void Choice(Utf8JsonWriter json, string name, string description, IEnumerable<(string Value, string Label)> values)
    {
        var list = values.ToList();
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var (value, _) in list) json.WriteStringValue(value);
        json.WriteEndArray();
        // Shown by editors next to each completion.
        json.WriteStartArray("enumDescriptions");
        foreach (var (_, label) in list) json.WriteStringValue(label);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void TextList(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void ChoiceList(Utf8JsonWriter json, string name, string description, IReadOnlyList<string> values)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "array");
        json.WriteBoolean("uniqueItems", true);
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Object(Utf8JsonWriter json, string name, string description, string[] required, Action<Utf8JsonWriter> properties)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        ObjectBody(json, required, properties);
        json.WriteEndObject();
    }

    private static void ObjectList(Utf8JsonWriter json, string name, string description, string[] required, Action<Utf8JsonWriter> properties)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        ObjectBody(json, required, properties);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void ObjectBody(Utf8JsonWriter json, string[] required, Action<Utf8JsonWriter> properties)
    {
        json.WriteString("type", "object");
        if (required.Length > 0)
        {
            json.WriteStartArray("required");
            foreach (var field in required) json.WriteStringValue(field);
            json.WriteEndArray();
        }
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        properties(json);
        json.WriteEndObject();
    }
}
