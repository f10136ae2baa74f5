using Galeri.Rendering;

namespace Galeri.Site;

/// <summary>
/// <c>404.html</c>. Hosts serve it at whatever address was missing, so relative links cannot work
/// there: its links start from the base_url's path instead (see the renderer).
/// </summary>
internal sealed class NotFoundPage : IPageBuilder
{
    public const string Path = "404.html";

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        yield return new PageDocument(Path, "404", site.Strings.Get("404.judul"), null, "", new NotFoundModel());
    }
}

internal sealed record NotFoundModel;
