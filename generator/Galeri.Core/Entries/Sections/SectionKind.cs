namespace Galeri.Entries.Sections;

/// <summary>A standard body section: its key (also its HTML id), its heading as OPD staff write it, and whether it is required.</summary>
internal sealed record SectionKind(string Key, string Heading, bool Required)
{
    public static readonly IReadOnlyList<SectionKind> All =
    [
        new("latar-belakang", "Latar Belakang", true),
        new("cara-kerja", "Cara Kerja", true),
        new("hasil-dan-manfaat", "Hasil dan Manfaat", true),
        new("kunci-keberhasilan", "Kunci Keberhasilan", false),
        new("tantangan", "Tantangan", false),
        new("cara-mereplikasi", "Cara Mereplikasi", false),
    ];

    public static SectionKind? Match(string heading)
    {
        var normalized = string.Join(' ', heading.Trim().TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return All.FirstOrDefault(k => string.Equals(k.Heading, normalized, StringComparison.OrdinalIgnoreCase));
    }
}
