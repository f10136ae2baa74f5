namespace Galeri.Rendering;

/// <summary>One feature's pages (entries, OPDs, a taxonomy, visits...). The site is the composition of these.</summary>
internal interface IPageBuilder
{
    IEnumerable<PageDocument> Build(SiteModel site);
}
