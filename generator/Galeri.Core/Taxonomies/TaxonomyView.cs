using Galeri.Theming;

namespace Galeri.Taxonomies;

/// <summary>
/// A taxonomy as templates see it: on its own pages as <c>taxonomy</c>, and in <c>site.taxonomies</c>,
/// which the menu, the footer and the catalog, home and search pages list instead of naming each one.
/// </summary>
/// <param name="Title">Its name, <c>taksonomi.&lt;key&gt;</c> in the UI strings.</param>
/// <param name="Blurb">What it groups by, in a few words (<c>jelajahi.&lt;key&gt;_teks</c>), for the home page.</param>
/// <param name="InMenu">Whether it has its own item in the main menu; the others count as part of the catalog there.</param>
internal sealed record TaxonomyView(string Key, string Title, string Url, string Blurb, bool InMenu)
{
    public static TaxonomyView Of(Taxonomy taxonomy, Strings strings) =>
        new(taxonomy.Key, strings.Get("taksonomi." + taxonomy.Key), taxonomy.IndexPath,
            strings.Get("jelajahi." + taxonomy.Key + "_teks"), taxonomy.InMenu);
}
