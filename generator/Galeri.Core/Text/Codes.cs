using System.Text;

namespace Galeri.Text;

/// <summary>
/// Codes in the reference lists (<c>opd.yml</c>, <c>referensi/urusan.yml</c>): lowercase a-z,
/// digits, '-' and '_', as a government's own code lists write them (<c>tata_kelola</c>,
/// <c>pekerjaan-umum</c>). Pages live at an address made from the code (<see cref="Slug"/>).
/// </summary>
internal static class Codes
{
    public static bool IsValid(string code) =>
        code.Length > 0 && IsLetterOrDigit(code[0]) && IsLetterOrDigit(code[^1]) && code.All(IsAllowed);

    /// <summary>The characters of <paramref name="code"/> that cannot be in a code, each once, quoted: "' ', 'A'".</summary>
    public static string Refused(string code)
    {
        var refused = code.Where(c => !IsAllowed(c)).Distinct().Select(c => c == ' ' ? "spasi" : $"'{c}'").ToList();
        if (refused.Count == 0) return "'" + (IsLetterOrDigit(code.FirstOrDefault()) ? code[^1..] : code[..1]) + "'";
        return string.Join(", ", refused);
    }

    /// <summary>A valid code close to what was written: "Dinas Kesehatan" → "dinas-kesehatan", "DPM_PTSP" → "dpm_ptsp".</summary>
    public static string Suggest(string code)
    {
        var text = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            var lower = char.ToLowerInvariant(c);
            if (IsAllowed(lower)) text.Append(lower);
            else if (text.Length > 0 && text[^1] is not '-' and not '_') text.Append('-');
        }
        return text.ToString().Trim('-', '_');
    }

    /// <summary>The address part for a code: "non_digital" → "non-digital". Two codes with one address are reported.</summary>
    public static string Slug(string code) => Slugs.From(code);

    private static bool IsAllowed(char c) => IsLetterOrDigit(c) || c is '-' or '_';

    private static bool IsLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';
}
