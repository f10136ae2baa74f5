using Galeri.Content;
using Galeri.Model;

namespace Galeri.Scaffolding;

/// <summary>The text of a new studi tiru visit file: every field of <see cref="VisitFields"/>, with its note.</summary>
internal static class VisitScaffold
{
    /// <summary>The column the notes start at, so they line up below each other.</summary>
    private const int HintColumn = 34;

    public static string Text(DateOnly date, string agency, string? region, string hostCode)
    {
        var filled = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tanggal"] = $"{date:yyyy-MM-dd}",
            ["instansi"] = ScaffoldLines.Quote(agency),
            ["tuan_rumah"] = hostCode,
        };
        if (region is not null) filled["daerah"] = ScaffoldLines.Quote(region);
        return "# Kunjungan studi tiru. Panduan: content/README.md\n" + ScaffoldLines.Of(VisitFields.Visit.Fields, filled, HintColumn) + "\n";
    }

    public static string PathFor(string contentRoot, DateOnly date, string slug) =>
        Path.Combine(contentRoot, ContentLayout.VisitsFolder, $"{date:yyyy-MM-dd}-{slug}.yml");
}
