using Galeri.Diagnostics;

namespace Galeri.Yaml;

/// <summary>A mapping whose keys are unique (the reader reports duplicates) and kept in written order.</summary>
internal sealed record YamlMap(IReadOnlyList<YamlMapEntry> Entries, SourcePosition Position) : YamlNode(Position)
{
    /// <summary>Keys written with a syntax error, already reported (see <see cref="YamlBlockRecovery"/>): not "missing" too.</summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();

    public YamlMapEntry? Find(string key)
    {
        foreach (var entry in Entries)
            if (entry.Key.Value == key) return entry;
        return null;
    }
}
