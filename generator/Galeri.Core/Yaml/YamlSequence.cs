using Galeri.Diagnostics;

namespace Galeri.Yaml;

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourcePosition Position) : YamlNode(Position);
