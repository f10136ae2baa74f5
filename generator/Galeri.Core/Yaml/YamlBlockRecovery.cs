using Galeri.Diagnostics;

namespace Galeri.Yaml;

/// <summary>
/// Reads what can still be read of a map with a syntax error, so one mistake does not hide the
/// others: each top-level field (a line at the left edge and the indented lines under it) is read
/// on its own. Fields that fail are reported with their own error and left out, and are known as
/// <see cref="YamlMap.Unreadable"/>, so they are not reported missing as well.
/// </summary>
internal static class YamlBlockRecovery
{
    /// <param name="whole">What reading the whole text reported: used when it cannot be split into fields.</param>
    /// <returns>The fields that could be read, or null when nothing could (the whole text's error is reported then).</returns>
    public static YamlMap? Read(string text, string file, int lineOffset, DiagnosticBag diagnostics, IReadOnlyList<Diagnostic> whole)
    {
        var lines = text.Split('\n');
        var starts = new List<int>();
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]) && lines[i][0] != '#') starts.Add(i);
        // A list at the top, or text that starts indented, is not a map of fields: nothing to split. A
        // second document ('---') is one mistake of the whole file, said once.
        if (starts.Count == 0 || lines[starts[0]].StartsWith('-') || FirstContentLine(lines) < starts[0]
            || whole.Any(d => d.Rule == "yaml-multiple-documents"))
        {
            diagnostics.AddRange([.. whole]);
            return null;
        }

        var entries = new List<YamlMapEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < starts.Count; b++)
        {
            var start = starts[b];
            var end = b + 1 < starts.Count ? starts[b + 1] : lines.Length;
            var block = string.Join('\n', lines[start..end]);
            var ((ok, root), messages) = DiagnosticBag.Collect(own => (YamlTreeReader.TryRead(block, file, lineOffset + start, own, out var node), node));
            // An unclosed bracket is found only at the end of its field: it is reported where the field starts.
            diagnostics.AddRange([.. messages.Select(d => d.Rule == "yaml-unfinished" ? d with { Line = lineOffset + start + 1, Column = 1 } : d)]);
            if (ok && root is YamlMap map)
            {
                foreach (var entry in map.Entries)
                {
                    if (seen.Add(entry.Key.Value)) entries.Add(entry);
                    else diagnostics.Error(file, entry.Key.Position, entry.Key.Value, "duplicate-key", entry.Key.Value);
                }
                continue;
            }
            if (ok && root is not null)
                diagnostics.Error(file, new SourcePosition(lineOffset + start + 1, 1), "", "yaml-missing-colon");
            if (KeyOf(lines[start]) is { } key) unreadable.Add(key);
        }
        var position = entries.Count > 0 ? entries[0].Key.Position : new SourcePosition(lineOffset + starts[0] + 1, 1);
        return new YamlMap(entries, position) { Unreadable = unreadable };
    }

    /// <summary>
    /// What can still be read of a list file (opd.yml, urusan.yml) with a syntax error: each item (a
    /// line starting with '- ' at the left edge and the lines under it) is read on its own, so one
    /// broken item does not take the whole list, and every entry's OPD, with it, out of the check.
    /// </summary>
    /// <returns>The items that could be read, or null when the text is not a list of items.</returns>
    public static YamlSequence? ReadList(string text, string file, DiagnosticBag diagnostics, IReadOnlyList<Diagnostic> whole)
    {
        var lines = text.Split('\n');
        var starts = new List<int>();
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith('-') && !lines[i].StartsWith("---", StringComparison.Ordinal)) starts.Add(i);
        if (starts.Count == 0 || FirstContentLine(lines) < starts[0] || whole.Any(d => d.Rule == "yaml-multiple-documents"))
        {
            diagnostics.AddRange([.. whole]);
            return null;
        }
        var items = new List<YamlNode>();
        for (var b = 0; b < starts.Count; b++)
        {
            var start = starts[b];
            var end = b + 1 < starts.Count ? starts[b + 1] : lines.Length;
            var block = string.Join('\n', lines[start..end]);
            var ((ok, root), messages) = DiagnosticBag.Collect(own => (YamlTreeReader.TryRead(block, file, start, own, out var node), node));
            diagnostics.AddRange([.. messages.Select(d => d.Rule == "yaml-unfinished" ? d with { Line = start + 1, Column = 1 } : d)]);
            if (ok && root is YamlSequence sequence) items.AddRange(sequence.Items);
        }
        return new YamlSequence(items, new SourcePosition(starts[0] + 1, 1));
    }

    private static int FirstContentLine(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#')) return i;
        return lines.Length;
    }

    /// <summary>"ringkasan: Parkir: ..." → "ringkasan"; null for a line that names no field.</summary>
    private static string? KeyOf(string line)
    {
        var colon = line.IndexOf(':');
        return colon > 0 ? line[..colon].Trim() : null;
    }
}
