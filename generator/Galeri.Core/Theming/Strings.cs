using Galeri.Diagnostics;
using Galeri.Yaml;

namespace Galeri.Theming;

/// <summary>
/// The theme's UI strings (<c>theme/i18n/&lt;bahasa&gt;.yml</c>): nested maps of text, handed to
/// templates as <c>t</c> and used by the generator for labels of codes and for dates.
/// </summary>
internal sealed class Strings
{
    private readonly IReadOnlyDictionary<string, object> _root;

    // Labels are looked up for every entry on every page; the tree never changes after loading.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _lookups = new(StringComparer.Ordinal);

    private Strings(IReadOnlyDictionary<string, object> root) => _root = root;

    public static readonly Strings Empty = new(new Dictionary<string, object>());

    /// <summary>What templates see as <c>t</c>.</summary>
    public IReadOnlyDictionary<string, object> Tree => _root;

    public static Strings Load(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(path, SourcePosition.Start, "", "i18n-missing", Path.GetFileName(path));
            return Empty;
        }
        var root = YamlTreeReader.Read(File.ReadAllText(path), path, 0, diagnostics);
        return root is YamlMap map ? new Strings(Convert(map)) : Empty;
    }

    private static Dictionary<string, object> Convert(YamlMap map)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            result[entry.Key.Value] = entry.Value switch
            {
                YamlMap nested => Convert(nested),
                YamlSequence sequence => sequence.Items.OfType<YamlScalar>().Select(s => s.Value).ToList(),
                YamlScalar scalar => scalar.Value,
                _ => "",
            };
        }
        return result;
    }

    /// <summary>The text at a dotted key ("tahapan.uji_coba"), or the last part of the key when missing.</summary>
    public string Get(string key) => Get(key, key[(key.LastIndexOf('.') + 1)..]);

    public string Get(string key, string fallback) => _lookups.GetOrAdd(key, Find) ?? fallback;

    private string? Find(string key)
    {
        object? node = _root;
        foreach (var part in key.Split('.'))
        {
            if (node is IReadOnlyDictionary<string, object> map && map.TryGetValue(part, out var next)) node = next;
            else return null;
        }
        return node as string;
    }

    public string Label(string group, string code) => Get(group + "." + code);

    /// <summary>"2019-09-04" → "4 September 2019", with month names from <c>bulan</c>.</summary>
    public string Date(DateOnly date)
    {
        var months = _root.TryGetValue("bulan", out var list) ? list as IReadOnlyList<string> : null;
        var month = months is { Count: 12 } ? months[date.Month - 1] : date.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
        return $"{date.Day} {month} {date.Year}";
    }
}
