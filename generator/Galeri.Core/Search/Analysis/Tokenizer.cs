using System.Globalization;
using System.Text;

namespace Galeri.Search.Analysis;

/// <summary>
/// Splits text into lower-case search tokens. <c>theme/assets/js/galeri-analysis.js</c> implements the same
/// rule for the browser; a test holds the two together.
/// </summary>
/// <remarks>
/// <para>A word character is a Unicode letter, combining mark or decimal digit (categories L, M, Nd),
/// judged per UTF-16 unit, so characters outside the Basic Multilingual Plane (emoji, for instance)
/// separate words. Word characters are lower-cased one by one with the invariant simple case mapping
/// ("İ", whose lower case is two characters, stays as it is). The text is not Unicode-normalised: the
/// build runs with invariant globalization, where .NET cannot normalise, so "é" typed as e + U+0301
/// stays two characters (kept in the word, as a mark) and does not match a precomposed "é".</para>
/// <para>A single connector between two word characters keeps them in one word:</para>
/// <list type="bullet">
/// <item>an apostrophe (' or ’) or a soft hyphen is dropped: "Jum'at" gives "jumat";</item>
/// <item>a hyphen (-, U+2010, U+2011) or a dot divides the word into parts. If every part is the same,
/// the word is a reduplication and gives that part once: "anak-anak" gives "anak". Otherwise it gives
/// the parts joined, then each part of two or more characters: "e-KTP" gives "ektp", "ktp";
/// "S.Sos." gives "ssos", "sos"; "10.000" gives "10000", "10", "000". So a query for either the
/// whole compound or one of its parts finds it.</item>
/// </list>
/// <para>Anything else, including doubled connectors ("a--b") or a connector at a word's edge, separates words.</para>
/// </remarks>
internal static class Tokenizer
{
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var parts = new List<string>();
        var part = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                part.Append(char.ToLowerInvariant(c));
                continue;
            }
            var joins = i > 0 && i + 1 < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i + 1]);
            if (joins && IsElided(c)) continue;
            parts.Add(part.ToString());
            part.Clear();
            if (joins && IsPartBreak(c)) continue;
            AddWord(tokens, parts);
            parts.Clear();
        }
        parts.Add(part.ToString());
        AddWord(tokens, parts);
        return tokens;
    }

    // Categories 0 to 8 are exactly the letters (Lu, Ll, Lt, Lm, Lo), the marks (Mn, Mc, Me) and Nd.
    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) <= UnicodeCategory.DecimalDigitNumber;

    private static bool IsElided(char c) => c is '\'' or '\u2019' or '\u00AD';

    private static bool IsPartBreak(char c) => c is '-' or '\u2010' or '\u2011' or '.';

    private static void AddWord(List<string> tokens, List<string> parts)
    {
        if (parts.Count == 1)
        {
            if (parts[0].Length > 0) tokens.Add(parts[0]);
            return;
        }
        // Parts are never empty here: a part break only counts between two word characters.
        if (parts.TrueForAll(p => p == parts[0]))
        {
            tokens.Add(parts[0]);
            return;
        }
        tokens.Add(string.Concat(parts));
        foreach (var p in parts)
            if (p.Length >= 2) tokens.Add(p);
    }
}
