using Galeri.Content;
using Galeri.Entries.Sections;
using Galeri.Model;

namespace Galeri.Scaffolding;

/// <summary>
/// The text of a new entry: every field of <see cref="InnovationFields"/> present with its short Indonesian note, and the sections
/// with one-line hints as Markdown comments. Required fields are left empty on purpose, so
/// <c>galeri check</c> keeps asking for them until they are filled in.
/// </summary>
internal static class EntryScaffold
{
    /// <summary>The column the hints start at, so they line up below each other.</summary>
    private const int HintColumn = 29;

    public static string Text(string name, string opdCode, string? schemaUrl)
    {
        var schema = schemaUrl is null ? "" : $"# yaml-language-server: $schema={schemaUrl}\n";
        var filled = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nama"] = ScaffoldLines.Quote(name),
            ["opd"] = opdCode,
            ["diperbarui"] = $"{DateTime.UtcNow:yyyy-MM-dd}",
        };
        var lines = ScaffoldLines.Of(InnovationFields.All, filled, HintColumn);
        return $"""
            ---
            {schema}# Data pokok inovasi. Panduan lengkap setiap kolom: content/README.md
            {lines}---
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

    public static string PathFor(string contentRoot, string slug) =>
        Path.Combine(contentRoot, ContentLayout.InnovationsFolder, slug, ContentLayout.InnovationFile);
}
