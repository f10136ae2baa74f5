using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Galeri.Content;
using Galeri.Entries;
using Galeri.Theming;

namespace Galeri.Taxonomies;

/// <summary>
/// Each entry's terms per taxonomy, kept by the build session while the entry, the urusan list and
/// the strings are the same objects: every rebuild groups all entries again, and most of them have
/// not changed. Owned by <see cref="Incremental.BuildSession"/>, so two builds in one process share
/// nothing (the taxonomies themselves are static definitions).
/// </summary>
internal sealed class TermMemo
{
    private readonly ConcurrentDictionary<Taxonomy, ConditionalWeakTable<Innovation, KnownTerms>> _byTaxonomy = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<TermRef> Of(Taxonomy taxonomy, Innovation entry, SiteContent content, Strings strings)
    {
        var known = _byTaxonomy.GetOrAdd(taxonomy, _ => new());
        if (known.TryGetValue(entry, out var last) && ReferenceEquals(last.Urusan, content.Urusan) && ReferenceEquals(last.Strings, strings))
            return last.Terms;
        var terms = taxonomy.TermsOfEntry(entry, content, strings);
        known.AddOrUpdate(entry, new KnownTerms(content.Urusan, strings, terms));
        return terms;
    }

    private sealed record KnownTerms(object Urusan, Strings Strings, TermRef[] Terms);
}
