using System.Text.RegularExpressions;

namespace Galeri.Content;

/// <summary>
/// Where front matter that was opened with '---' but never closed probably ends: after the last
/// line that still looks like YAML (a field, an indented line, a list item, a comment) before the
/// first that does not (a "## " heading, a paragraph).
/// </summary>
internal static partial class UnclosedFrontMatter
{
    /// <param name="text">The whole file, starting with the opening '---' line.</param>
    /// <returns>The 1-based number of the last front matter line, the YAML (lines 2 to it) and the body after it.</returns>
    public static (int LastLine, string Yaml, string Body) ProbableEnd(string text)
    {
        var lines = text.Split('\n');
        var last = 1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            if (!LooksLikeYaml().IsMatch(line)) break;
            last = i + 1;
        }
        var yaml = string.Join('\n', lines[1..last]) + (last > 1 ? "\n" : "");
        var body = string.Join('\n', lines[last..]);
        return (last, yaml, body);
    }

    // "kolom: ...", "kolom:", an indented line, "- item", "# comment".
    [GeneratedRegex(@"^(?:[A-Za-z_][\w-]*\s*:(?:\s|$)|[ \t]|-(?:\s|$)|#(?!#))")]
    private static partial Regex LooksLikeYaml();
}
