namespace Galeri.Taxonomies;

/// <summary>A term an entry belongs to: its URL slug, its label, an optional note.</summary>
/// <param name="SortKey">How terms are ordered on the taxonomy's index page.</param>
internal sealed record TermRef(string Slug, string Label, string SortKey, string? Note = null);
