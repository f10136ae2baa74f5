namespace Galeri.Opds;

/// <summary>An Organisasi Perangkat Daerah (city agency), from <c>content/opd.yml</c>.</summary>
internal sealed record Opd(string Code, string Name, string ShortName, string? Website);
