using Galeri.Diagnostics;

namespace Galeri.Yaml;

/// <summary>A node of front matter or a data file, remembering where it was written.</summary>
internal abstract record YamlNode(SourcePosition Position);
