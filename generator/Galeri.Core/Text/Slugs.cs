using System.Globalization;
using System.Text;

namespace Galeri.Text;

/// <summary>URL-safe names: lowercase a-z, digits and single hyphens.</summary>
public static class Slugs
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

    /// <summary>"Uji KIR / Kendaraan" → "uji-kir-kendaraan"; accents are folded ("é" → "e").</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
