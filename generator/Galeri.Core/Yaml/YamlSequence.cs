using Galeri.Diagnostics;

namespace Galeri.Yaml;

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourcePosition Position) : YamlNode(Position);
