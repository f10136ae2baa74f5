namespace Galeri.Search.Facets;

/// <summary>
/// One filter of the search page, as the browser reads it from the results store: the URL key (the
/// field's key in the content model), where its option labels are (a label group in the store),
/// and how options are ordered.
/// </summary>
/// <param name="Key">URL parameter and store key: the field's key (<c>opd</c>, <c>dapat_direplikasi</c>), or <c>tahun</c>.</param>
/// <param name="Path">The field's path from the entry's top level (<c>replikasi</c>, <c>dapat_direplikasi</c>); empty for the year.</param>
/// <param name="Order"><c>label</c> (alphabetical by label), <c>store</c> (vocabulary order) or <c>desc</c> (years, newest first).</param>
internal sealed record SearchFacet(string Key, IReadOnlyList<string> Path, SearchFacetKind Kind, string Order);
