namespace Galeri.Taxonomies;

public sealed record TaxonomyView(string Key, string Title, string Url);
