using System.Text;

namespace Galeri.Text;

/// <summary>
/// Text from content made safe to print in a terminal or a log: every hidden character (ESC, CR,
/// bidi overrides, zero-width characters, see <see cref="HiddenCharacters"/>) is written as a
/// visible <c>\u001B</c>, so a value can neither drive the terminal nor disguise a message.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        var first = HiddenCharacters.IndexOf(text);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (HiddenCharacters.IsHidden(c)) builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
