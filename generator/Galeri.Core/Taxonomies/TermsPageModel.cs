using Galeri.Rendering;

namespace Galeri.Taxonomies;

/// <summary>What <c>layouts/terms.liquid</c> sees: a taxonomy's terms with counts.</summary>
internal sealed record TermsPageModel(TaxonomyView Taxonomy, IReadOnlyList<TermView> Terms);
