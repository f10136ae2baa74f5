using Galeri.Diagnostics;

namespace Galeri.Yaml;

/// <summary>
/// A single value. <see cref="IsPlain"/> is false for quoted and block scalars: only plain
/// scalars are read as null, booleans or numbers, so <c>"2019"</c> stays text.
/// </summary>
internal sealed record YamlScalar(string Value, bool IsPlain, SourcePosition Position) : YamlNode(Position)
{
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}
