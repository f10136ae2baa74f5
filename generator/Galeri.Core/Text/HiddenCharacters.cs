using System.Buffers;
using System.Globalization;

namespace Galeri.Text;

/// <summary>
/// Characters that change how text looks without being seen: control characters (including the
/// terminal's ESC), bidi overrides and isolates that reorder text (U+202E shows "gpj.exe" as
/// "exe.jpg"), and zero-width characters that make two equal-looking names differ. Tab and line
/// feed are ordinary text and are not among them.
/// </summary>
internal static class HiddenCharacters
{
    private static readonly SearchValues<char> Set = SearchValues.Create(Build());

    /// <returns>The index of the first hidden character in <paramref name="text"/>, or -1.</returns>
    public static int IndexOf(ReadOnlySpan<char> text) => text.IndexOfAny(Set);

    public static bool IsHidden(char c) => Set.Contains(c);

    /// <summary>How a character is named in messages: "U+202E".</summary>
    public static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static string Build()
    {
        var chars = new List<char>();
        void Range(int first, int last)
        {
            for (var c = first; c <= last; c++) chars.Add((char)c);
        }
        Range(0x00, 0x08);       // C0 controls before tab
        Range(0x0B, 0x1F);       // C0 controls after line feed, carriage return and ESC among them
        Range(0x7F, 0x9F);       // DEL and the C1 controls (CSI 0x9B starts a terminal sequence too)
        Range(0x061C, 0x061C);   // Arabic letter mark
        Range(0x200B, 0x200F);   // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
        Range(0x2028, 0x2029);   // line and paragraph separators
        Range(0x202A, 0x202E);   // bidi embeddings and overrides
        Range(0x2060, 0x2064);   // word joiner and invisible operators
        Range(0x2066, 0x2069);   // bidi isolates
        Range(0xFEFF, 0xFEFF);   // zero-width no-break space (a byte order mark inside text)
        return new string([.. chars]);
    }
}
