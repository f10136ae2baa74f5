using Galeri.Listing;
using Galeri.Rendering;

namespace Galeri.Taxonomies;

/// <summary>What <c>layouts/term.liquid</c> sees: one term and one page of its entries.</summary>
internal sealed record TermPageModel(TaxonomyView Taxonomy, TermView Term, IReadOnlyList<EntryCard> Entries, PaginationView Pagination);
