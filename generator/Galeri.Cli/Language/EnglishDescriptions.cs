using System.CommandLine;
using System.CommandLine.Help;

namespace Galeri.Cli.Language;

/// <summary>
/// The English of every command's and option's description, for <c>--lang en</c>. The commands
/// declare their descriptions in Bahasa Indonesia where they are made; this says each again. A
/// test fails when a description has no English here.
/// </summary>
public static class EnglishDescriptions
{
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Galeri Inovasi: membangun situs katalog inovasi dari folder content/."] = "Galeri Inovasi: builds an innovation catalog site from the content/ folder.",
        ["Bahasa pesan: id (default) atau en"] = "Language of the messages: id (default) or en",
        ["Folder konten (default: content)"] = "Content folder (default: content)",
        ["Folder tema (default: theme, atau tema bawaan)"] = "Theme folder (default: theme, or the built-in theme)",
        ["Membangun situs statis dari konten dan tema."] = "Builds the static site from the content and the theme.",
        ["Folder keluaran situs (default: public)"] = "Output folder of the site (default: public)",
        ["Alamat situs yang dipublikasikan, menggantikan base_url di site.yml"] = "Address the site is published at, instead of base_url in site.yml",
        ["Abaikan cache build (.galeri-cache/) dan bangun semuanya dari awal"] = "Ignore the build cache (.galeri-cache/) and build everything from scratch",
        ["Tampilkan hanya kesalahan dan peringatan"] = "Show only errors and warnings",
        ["Tampilkan waktu setiap tahap build"] = "Show the time of every build phase",
        ["Memeriksa semua berkas konten dan melaporkan setiap kesalahan sekaligus."] = "Checks the content files and reports every problem in one run.",
        ["Bentuk laporan: text, github (anotasi GitHub Actions) atau json"] = "Report format: text, github (GitHub Actions annotations) or json",
        ["Berkas inovasi, kunjungan atau halaman, atau foldernya, yang diperiksa (default: seluruh folder konten)"] = "Innovation, visit or page files, or their folders, to check (default: the whole content folder)",
        ["Tampilkan juga setiap peringatan di berkas tanpa kesalahan (default: diringkas satu baris per berkas bila ada kesalahan)"] = "Also show every warning of files without errors (default: one summary line per file when there are errors)",
        ["Menulis JSON Schema data pokok inovasi, dengan daftar OPD dan urusan dari folder konten."] = "Writes the JSON Schema of an innovation's front matter, with the OPD and urusan lists of the content folder.",
        ["Tulis ke berkas ini (default: layar)"] = "Write to this file (default: the screen)",
        ["Jenis berkas: " + string.Join(", ", Schema.SchemaWriter.TypeKeys)] = "Kind of file: " + string.Join(", ", Schema.SchemaWriter.TypeKeys),
        ["Membuat berkas konten baru dari templat: inovasi atau kunjungan."] = "Creates a new content file from a template: inovasi (innovation) or kunjungan (visit).",
        ["Nama inovasi"] = "Name of the innovation",
        ["Kode OPD pengelola, dari content/opd.yml"] = "Code of the OPD in charge, from content/opd.yml",
        ["Nama folder (default: dibuat dari nama)"] = "Folder name (default: made from the name)",
        ["Membuat content/inovasi/<slug>/index.md berisi semua kolom."] = "Creates content/inovasi/<slug>/index.md with every field.",
        ["Tanggal kunjungan, TTTT-BB-HH"] = "Date of the visit, YYYY-MM-DD",
        ["Instansi yang berkunjung"] = "Visiting agency",
        ["Kode OPD penerima kunjungan"] = "Code of the hosting OPD",
        ["Asal daerah instansi"] = "Region of the visiting agency",
        ["Membuat content/kunjungan/<tanggal>-<instansi>.yml."] = "Creates content/kunjungan/<date>-<agency>.yml.",
        ["Membangun dan menyajikan situs di komputer sendiri, memuat ulang halaman setiap kali berkas disimpan."] = "Builds and serves the site on this computer, reloading pages whenever a file is saved.",
        ["Port di 127.0.0.1 (default: 5080)"] = "Port on 127.0.0.1 (default: 5080)",
        ["Sajikan di bawah sub-path, misalnya /galeri/"] = "Serve under a sub-path, e.g. /galeri/",
        ["Tampilkan hanya alamat situs dan kesalahan"] = "Show only the site address and errors",
        ["Tampilkan waktu setiap tahap setelah setiap build"] = "Show the time of every phase after each build",
        ["Sajikan juga editor web di /admin/ dengan server lokal Decap (decap-server): entri yang disimpan langsung masuk ke folder konten"] = "Also serve the web editor at /admin/ with Decap's local server (decap-server): saved entries go straight into the content folder",
    };

    /// <summary>Every description in the tree below <paramref name="command"/> said in English, where known.</summary>
    public static void Apply(Command command)
    {
        Say(command);
        foreach (var option in command.Options) Say(option);
        foreach (var argument in command.Arguments) Say(argument);
        foreach (var sub in command.Subcommands) Apply(sub);
    }

    /// <summary>Descriptions of <paramref name="command"/> and below that have no English here.</summary>
    public static IEnumerable<string> Missing(Command command) =>
        new[] { command.Description }.Concat(command.Options.Where(o => o is not HelpOption and not VersionOption).Select(o => o.Description)).Concat(command.Arguments.Select(a => a.Description))
            .Where(d => d is { Length: > 0 } && !Texts.ContainsKey(d) && !Texts.Values.Contains(d)).Select(d => d!)
            .Concat(command.Subcommands.SelectMany(Missing));

    private static void Say(Symbol symbol)
    {
        if (symbol.Description is { } text && Texts.TryGetValue(text, out var english)) symbol.Description = english;
    }
}
