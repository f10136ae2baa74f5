using System.Globalization;
using System.Text;

namespace Galeri.Cli.Failures;

/// <summary>
/// Makes text safe to print on a terminal: an exception message can carry a file name or a value
/// from the content, and a raw ESC or bidi override in it would move the cursor, recolour the
/// terminal or reorder what the reader sees. Such characters are shown as <c>\u001B</c> instead.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c)) escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>C0 and C1 controls (ESC, CR, BEL, CSI…), DEL, and the bidi embeddings, overrides and isolates.</summary>
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
