namespace Galeri.Yaml;

internal sealed record YamlMapEntry(YamlScalar Key, YamlNode Value);
