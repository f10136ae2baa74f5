using Galeri.Rendering;

namespace Galeri.FreePages;

/// <summary>Each <c>content/halaman/&lt;slug&gt;.md</c> at <c>&lt;slug&gt;/</c>.</summary>
internal sealed class FreePagePages : IPageBuilder
{
    public static string PathOf(string slug) => slug + "/";

    public IEnumerable<PageDocument> Build(SiteModel site) =>
        site.Content.Pages.Select(p => new PageDocument(PathOf(p.Slug), "page", p.Title, p.Description, p.Slug, new FreePageModel(p.Html)));
}
