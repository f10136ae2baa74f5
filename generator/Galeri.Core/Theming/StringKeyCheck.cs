using System.Text.RegularExpressions;
using Galeri.Diagnostics;

namespace Galeri.Theming;

/// <summary>
/// Every UI string a template names (<c>t.katalog.judul</c>, <c>t['404'].judul</c>) must exist in the
/// strings file: Liquid would print nothing for a typo, and the page would silently lose its text.
/// Keys computed from data (<c>t.keterangan[taxonomy.key]</c>) may be missing; templates give those
/// a <c>default</c>. Checked once when the theme loads, so a key on a page no build renders is caught too.
/// </summary>
internal static partial class StringKeyCheck
{
    // What Liquid may ask of a string itself: {{ t.beranda.amati | slice: 0 }} is fine, t.beranda.amati.size too.
    private static readonly HashSet<string> StringProperties = new(StringComparer.Ordinal) { "size", "first", "last" };

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    // "t" standing alone (not site.t, not part of a word or a quoted text), then .name or ['name'] parts.
    [GeneratedRegex(@"(?<![\w.\]'""])t((?:\.[A-Za-z_][\w-]*|\['[^']*'\])+)")]
    private static partial Regex StringReference();

    [GeneratedRegex(@"\.([A-Za-z_][\w-]*)|\['([^']*)'\]")]
    private static partial Regex KeyPart();

    /// <param name="displayPath">The template's path as diagnostics show it.</param>
    /// <param name="stringsFile">The strings file's name ("id.yml"), for the message.</param>
    public static void Check(string source, string displayPath, Strings strings, string stringsFile, DiagnosticBag diagnostics)
    {
        foreach (Match tag in LiquidTag().Matches(source))
        foreach (Match reference in StringReference().Matches(tag.Value))
        {
            var parts = KeyPart().Matches(reference.Groups[1].Value)
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
            if (Resolves(strings.Tree, parts)) continue;
            var at = tag.Index + reference.Index;
            diagnostics.Error(displayPath, PositionOf(source, at), "", "i18n-key-missing", string.Join('.', parts), stringsFile);
        }
    }

    private static bool Resolves(IReadOnlyDictionary<string, object> root, IReadOnlyList<string> parts)
    {
        object node = root;
        foreach (var part in parts)
        {
            if (node is IReadOnlyDictionary<string, object> map && map.TryGetValue(part, out var next)) node = next;
            else return node is string or IReadOnlyList<string> && StringProperties.Contains(part);
        }
        return true;
    }

    private static SourcePosition PositionOf(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
            if (source[i] == '\n') { line++; lineStart = i + 1; }
        return new SourcePosition(line, index - lineStart + 1);
    }
}
