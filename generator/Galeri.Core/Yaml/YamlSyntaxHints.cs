using System.Text.RegularExpressions;

namespace Galeri.Yaml;

/// <summary>
/// What a YAML syntax error most likely means for someone who is not a programmer, with the usual
/// fix: YamlDotNet says "While scanning a plain scalar value, found invalid mapping"; the writer put
/// a ': ' in a text and needs quotes. Unknown messages keep YamlDotNet's words ("yaml-syntax").
/// </summary>
internal static partial class YamlSyntaxHints
{
    private const int ExampleLength = 40;

    /// <param name="message">YamlDotNet's message without its position prefix.</param>
    /// <param name="text">The YAML that was read; <paramref name="line"/> and <paramref name="column"/> are 1-based in it.</param>
    public static (string Rule, string[] Args) Explain(string message, string text, int line, int column)
    {
        var lines = text.Split('\n');
        var current = line >= 1 && line <= lines.Length ? lines[line - 1] : "";
        var before = current[..Math.Clamp(column - 1, 0, current.Length)];
        var field = Field().Match(current);
        if (Has(message, "found invalid mapping") || Has(message, "Mapping values are not allowed"))
        {
            // A key before the ': ' that was refused: the value itself holds one.
            if (field.Success && field.Length <= before.Length)
                return ("yaml-colon-in-text", [field.Groups["key"].Value, Example(current[field.Length..])]);
            return ("yaml-indentation", []);
        }
        if ((Has(message, "quoted scalar") && (Has(message, "end of stream") || Has(message, "wrong indentation"))) || Has(message, "found unexpected end of stream"))
            return ("yaml-unclosed-quote", []);
        if (Has(message, "cannot start any token") && column >= 1 && column <= current.Length)
            return ("yaml-special-start", [$"'{current[column - 1]}'", Example(current[(column - 1)..])]);
        if (Has(message, "could not find expected ':'"))
            return ("yaml-missing-colon", []);
        if (Has(message, "did not find expected key") || Has(message, "did not find expected '-' indicator") || Has(message, "did not find expected <document start>"))
        {
            var trimmed = current.TrimStart();
            if (!current.Contains(':') && !trimmed.StartsWith('-') && trimmed.Length > 0 && !trimmed.StartsWith('#')) return ("yaml-missing-colon", []);
            if (field.Success && current[field.Length..].TrimStart() is ['"' or '\'', ..] && before.Length > field.Length) return ("yaml-quote-inside", []);
            return ("yaml-indentation", []);
        }
        if (Has(message, "unknown escape character"))
            return ("yaml-backslash", []);
        if (Has(message, "did not find expected ','") || Has(message, "flow"))
            return ("yaml-unfinished", []);
        return ("yaml-syntax", [message]);
    }

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value as it could be written in quotes, shortened: "Parkir Pintar: pembayaran parkir de…".</summary>
    private static string Example(string value)
    {
        var text = value.Trim().Replace("\"", "\\\"", StringComparison.Ordinal);
        return text.Length <= ExampleLength ? text : text[..ExampleLength].TrimEnd() + "…";
    }

    // "ringkasan: ", "  - indikator: ": the key a line starts with, and the ': ' after it.
    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[^\s:#'""\-][^:]*?):\s")]
    private static partial Regex Field();
}
