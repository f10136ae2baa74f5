using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Search.Analysis;
using Galeri.Yaml;

namespace Galeri.Search.Synonyms;

/// <summary>
/// Reads <c>referensi/sinonim.yml</c>: a list of groups, each a list of two or more words or short
/// phrases (<c>- [bansos, bantuan sosial]</c>). A member that holds no searchable word, a member
/// repeated, or a word in two groups (which would silently join them) is an error naming the line.
/// </summary>
internal static class SynonymListParser
{
    /// <returns>The groups, or null when the file is missing or unusable (already reported).</returns>
    public static SynonymList? Parse(SourceFile? file, DiagnosticBag diagnostics)
    {
        if (file is null) return null;
        if (!YamlTreeReader.TryRead(file.Text, file.DisplayPath, 0, diagnostics, out var root)) return null;
        if (root is null) return SynonymList.Empty;
        if (root is not YamlSequence sequence)
        {
            diagnostics.Error(file.DisplayPath, root.Position, "", "synonym-not-list");
            return null;
        }
        var groups = new List<IReadOnlyList<string>>();
        var seen = new Dictionary<string, (string Text, SourcePosition Position)>(StringComparer.Ordinal);
        foreach (var node in sequence.Items)
        {
            if (node is not YamlSequence items || items.Items.Count < 2)
            {
                diagnostics.Error(file.DisplayPath, node.Position, "", "synonym-group");
                continue;
            }
            var group = new List<string>();
            foreach (var item in items.Items)
            {
                if (item is not YamlScalar { IsNull: false } scalar || scalar.Value.Trim().Length == 0)
                {
                    diagnostics.Error(file.DisplayPath, item.Position, "", "synonym-member");
                    continue;
                }
                var text = scalar.Value.Trim();
                var key = string.Join(' ', IndonesianAnalyzer.Analyze(text));
                if (key.Length == 0)
                {
                    diagnostics.Error(file.DisplayPath, item.Position, "", "synonym-no-word", text);
                    continue;
                }
                if (seen.TryGetValue(key, out var first))
                {
                    diagnostics.Error(file.DisplayPath, item.Position, "", "synonym-repeated", text, first.Text,
                        first.Position.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    continue;
                }
                seen[key] = (text, item.Position);
                group.Add(text);
            }
            if (group.Count >= 2) groups.Add(group);
        }
        return new SynonymList(groups);
    }
}
