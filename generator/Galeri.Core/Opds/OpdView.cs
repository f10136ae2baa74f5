namespace Galeri.Opds;

internal sealed record OpdView(string Code, string Name, string ShortName, string? Website, string Url, int Count);
