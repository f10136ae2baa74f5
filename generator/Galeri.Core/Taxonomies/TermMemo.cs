using System.Runtime.CompilerServices;
using Galeri.Content;
using Galeri.Entries;
using Galeri.Theming;

namespace Galeri.Taxonomies;

/// <summary>
/// Each entry's terms in every taxonomy of <see cref="SiteTaxonomies.All"/>, kept by the build session
/// while the entry, the urusan list and the strings are the same objects: every rebuild groups all
/// entries again, and most of them have not changed. One lookup per entry and build (the site model
/// holds the answers for the build), not one per entry, taxonomy and listing: at 50,000 entries those
/// lookups were a tenth of a rebuild. Owned by <see cref="Incremental.BuildSession"/>.
/// </summary>
internal sealed class TermMemo
{
    private (object Urusan, Strings Strings)? _context;
    private ConditionalWeakTable<Innovation, TermRef[][]> _terms = new();

    /// <summary>The terms of an entry, by taxonomy in <see cref="SiteTaxonomies.All"/> order, for this content and these strings.</summary>
    public Func<Innovation, TermRef[][]> For(SiteContent content, Strings strings)
    {
        if (_context is not { } last || !ReferenceEquals(last.Urusan, content.Urusan) || !ReferenceEquals(last.Strings, strings))
        {
            _context = (content.Urusan, strings);
            _terms = new ConditionalWeakTable<Innovation, TermRef[][]>();
        }
        var terms = _terms;
        return entry => terms.GetValue(entry, e => [.. SiteTaxonomies.All.Select(t => t.TermsOfEntry(e, content, strings))]);
    }
}
