namespace Galeri.Yaml;

public sealed record YamlMapEntry(YamlScalar Key, YamlNode Value);
