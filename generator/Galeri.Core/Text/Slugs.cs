using System.Text;

namespace Galeri.Text;

/// <summary>URL-safe names: lowercase a-z, digits and single hyphens.</summary>
internal static class Slugs
{
    public static bool IsValid(string value)
    {
        if (value.Length == 0 || value[0] == '-' || value[^1] == '-') return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is >= 'a' and <= 'z' or >= '0' and <= '9' || (c == '-' && value[i - 1] != '-');
            if (!ok) return false;
        }
        return true;
    }

    // Accented Latin letters and their plain forms. The tool runs with invariant globalization,
    // where Unicode decomposition is not available, so the common letters are folded by table.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿžźżšśşťţŕřľĺł";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzzsssttrrlll";

    /// <summary>"Uji KIR / Kendaraan" → "uji-kir-kendaraan"; accents are folded ("é" → "e").</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var folded = Accented.IndexOf(lower);
            if (folded >= 0) lower = Plain[folded];
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
