namespace Galeri.Rendering;

/// <summary>What every template sees as <c>site</c>.</summary>
/// <param name="Taxonomies">Every taxonomy, in the order menus and lists show them.</param>
/// <param name="Fields">site.yml's declared settings without typed code, as written (<see cref="Site.SiteConfig.Values"/>): <c>site.fields.&lt;kolom&gt;</c>.</param>
internal sealed record SiteView(string Title, string Organizer, string Language, string? Description,
    IReadOnlyList<LinkView> Pages, IReadOnlyList<Taxonomies.TaxonomyView> Taxonomies, IReadOnlyDictionary<string, object> Fields);
