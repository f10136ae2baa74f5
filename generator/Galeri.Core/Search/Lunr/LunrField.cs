namespace Galeri.Search.Lunr;

/// <summary>An indexed field and its boost (lunr's <c>builder.field(name, { boost })</c>).</summary>
internal sealed record LunrField(string Name, double Boost = 1);
