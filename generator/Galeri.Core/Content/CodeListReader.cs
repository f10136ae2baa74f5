using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Text;
using Galeri.Yaml;

namespace Galeri.Content;

/// <summary>
/// Reads a reference list (<c>opd.yml</c>, <c>referensi/urusan.yml</c>): a YAML list of maps, each
/// with a unique <c>kode</c> (a rule across items, so code here), each shaped as <paramref name="shape"/> declares.
/// Each item is handed to <paramref name="readItem"/> as a field reader.
/// </summary>
internal static class CodeListReader
{
    /// <returns>The items, or null when the file is missing, empty, or is not a list at all.</returns>
    public static IReadOnlyList<T>? Read<T>(SourceFile? file, DiagnosticBag diagnostics, Field shape, Func<FieldReader, string, T?> readItem)
        where T : class
    {
        if (file is null) return null;
        var ((ok, root), whole) = DiagnosticBag.Collect(own => (YamlTreeReader.TryRead(file.Text, file.DisplayPath, 0, own, out var node), node));
        // A syntax error takes only its own item out of the list (see YamlBlockRecovery.ReadList).
        if (ok) diagnostics.AddRange([.. whole]);
        else if (YamlBlockRecovery.ReadList(file.Text, file.DisplayPath, diagnostics, whole) is { } recovered) root = recovered;
        else return null;
        // An empty list (or only comments) would publish a site whose every OPD link leads nowhere: the list is required.
        if (root is null || root is YamlSequence { Items.Count: 0 })
        {
            diagnostics.Error(file.DisplayPath, SourcePosition.Start, "", "list-empty");
            return null;
        }
        if (root is not YamlSequence sequence)
        {
            diagnostics.Error(file.DisplayPath, root.Position, "", "not-a-list");
            return null;
        }
        var items = new List<T>();
        var codes = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var node in sequence.Items)
        {
            if (node is not YamlMap map)
            {
                diagnostics.Error(file.DisplayPath, node.Position, "", "not-a-map");
                continue;
            }
            var reader = new FieldReader(map, file.DisplayPath, diagnostics);
            reader.RejectUnknownKeys(shape);
            var code = reader.Text(shape, "kode");
            if (code is null) continue;
            if (!Codes.IsValid(code))
            {
                diagnostics.Error(file.DisplayPath, reader.PositionOf("kode"), "kode", "code-format", code, Codes.Refused(code), Codes.Suggest(code));
                continue;
            }
            if (codes.TryGetValue(code, out var first))
            {
                diagnostics.Error(file.DisplayPath, reader.PositionOf("kode"), "kode", "duplicate-code", code, first.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                continue;
            }
            if (CodeAddresses.Clash(code, codes) is { } other)
            {
                diagnostics.Error(file.DisplayPath, reader.PositionOf("kode"), "kode", "code-address-clash", code, other.Code,
                    other.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Codes.Slug(code));
                continue;
            }
            codes[code] = reader.PositionOf("kode");
            if (readItem(reader, code) is { } item) items.Add(item);
        }
        return items;
    }
}
