using Galeri.Content;
using Galeri.Entries;
using Galeri.Theming;

namespace Galeri.Taxonomies;

/// <summary>
/// A way of grouping entries (urusan, tag, year, jenis, ...): one index page listing its terms and
/// one page per term. A new taxonomy is one more definition in <see cref="Taxonomies.All"/>.
/// </summary>
/// <param name="Key">The URL folder ("urusan", "tag", "tahun") and the i18n key of its name.</param>
/// <param name="Descending">Whether the index lists terms in descending order (years: newest first).</param>
public sealed record Taxonomy(string Key, bool Descending, Func<Innovation, SiteContent, Strings, IEnumerable<TermRef>> TermsOf)
{
    public string IndexPath => Key + "/";

    public string TermPath(string slug) => $"{Key}/{slug}/";
}
