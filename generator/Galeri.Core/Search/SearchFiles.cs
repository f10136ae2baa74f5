using System.Globalization;
using System.Text;
using Galeri.Output;
using Galeri.Rendering;
using Galeri.Search.Analysis;
using Galeri.Search.Lunr;
using Galeri.Search.Parts;

namespace Galeri.Search;

/// <summary>
/// The search data of the site, split so that a query loads only what it needs, at any catalog size:
/// <c>assets/search/meta.js</c> (loaded with the page: shape, facets and their columns, synonyms, the
/// shard keys), the index shards <c>t/KEY.js</c> (terms by their first letters, with weighted entry
/// lists), the result documents <c>d/N.js</c> (32 entries each), every term <c>istilah.js</c> and the
/// known Indonesian words <c>kata.js</c> (both only to correct a misspelt word). Each is a classic
/// script that registers itself (<see cref="PartScript"/>): the page adds &lt;script&gt; tags, which
/// work from file:// where fetch() does not, and under any sub-path. Entries are numbered by name,
/// so the list without a query is the entries in number order.
/// </summary>
internal static class SearchFiles
{
    /// <summary>Every search file is under this site folder.</summary>
    public const string Folder = PartScript.Folder;

    public const string MetaPath = Folder + "meta.js";

    public const string KnownWordsPart = "kata";

    public static string KnownWordsPath => PartScript.PathOf(KnownWordsPart);

    /// <summary>A clean build's search files: every document made and analysed anew.</summary>
    public static IReadOnlyList<OutputFile> Write(SiteModel site)
    {
        var builder = new LunrIndexBuilder(SearchFields.All, IndonesianAnalyzer.Analyze);
        return Write(new SearchInputs(site, builder, i => TermsOf(builder, SearchDocuments.Of(site.Content, i)),
            KnownWordsScript(KnownWords.Load(), IndonesianStemmer.Stem)));
    }

    /// <summary>The search files from their inputs (which the build session may have kept from an earlier build).</summary>
    public static IReadOnlyList<OutputFile> Write(SearchInputs inputs)
    {
        var site = inputs.Site;
        var innovations = site.Content.Innovations;
        var order = NameOrder([.. innovations.Select(e => e.Name)], [.. innovations.Select(e => e.Slug)]);
        var entries = order.Select(i => innovations[i]).ToList();
        var analysed = new DocumentTerms[order.Length];
        var nameTerms = new IReadOnlyList<string>[order.Length];
        Parallel.For(0, order.Length, d =>
        {
            var terms = inputs.TermsOf(order[d]);
            analysed[d] = terms.Terms;
            nameTerms[d] = terms.NameTerms;
        });
        var terms = inputs.Builder.Terms.Snapshot().Select(t => t.Term).ToList();
        var postings = TermPostings.Of(analysed, SearchFields.All, terms.Count);
        var (plan, shards) = ShardFiles.Write(terms, postings, NamePairs.Of(nameTerms));
        var chunks = DocumentChunks.Write(site, entries, inputs.StoreFragment ?? SearchStore.Fragment, inputs.Chunk);
        return
        [
            new OutputFile(MetaPath, PartScript.Of(SearchStore.MetaPart, SearchStore.Meta(site, entries, plan.Keys)), null),
            .. shards,
            .. chunks,
            new OutputFile(KnownWordsPath, inputs.KnownWordsScript, null),
        ];
    }

    /// <summary>
    /// The known Indonesian words as a part (one string, words separated by spaces): the same for every
    /// catalog, loaded only when a query word matches nothing, to tell a misspelling from a word the catalog lacks.
    /// </summary>
    public static byte[] KnownWordsScript(KnownWords words, Func<string, string> stem) =>
        PartScript.Of(KnownWordsPart, Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(string.Join(' ', words.ForBrowser(stem)))));

    /// <summary>Positions of the entries ordered by name (case and accents aside), then by slug: the entry numbers.</summary>
    /// <param name="names">The entries' names.</param>
    /// <param name="slugs">The entries' slugs, in the same order.</param>
    /// <remarks>
    /// Each name's sort key is made once and the keys compared as bytes, which orders as
    /// <see cref="CompareInfo.Compare(string, string, CompareOptions)"/> does; comparing the names
    /// themselves ran the culture comparison some 800,000 times at 50,000 entries.
    /// </remarks>
    internal static int[] NameOrder(IReadOnlyList<string> names, IReadOnlyList<string> slugs)
    {
        const CompareOptions options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var keys = new byte[names.Count][];
        Parallel.For(0, names.Count, i =>
        {
            var name = names[i].AsSpan();
            var key = new byte[compare.GetSortKeyLength(name, options)];
            compare.GetSortKey(name, key, options);
            keys[i] = key;
        });
        var order = Enumerable.Range(0, names.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byName = keys[a].AsSpan().SequenceCompareTo(keys[b]);
            return byName != 0 ? byName : string.CompareOrdinal(slugs[a], slugs[b]);
        });
        return order;
    }

    /// <summary>A document analysed: its terms (by <paramref name="analyze"/>, else the builder's own analysis) and its name's terms.</summary>
    public static EntryTerms TermsOf(LunrIndexBuilder builder, LunrDocument document, Func<LunrDocument, DocumentTerms>? analyze = null) =>
        new((analyze ?? builder.Analyze)(document), NameTerms(builder, document));

    /// <summary>An entry's name as terms in order, repeats kept (<see cref="NamePairs"/> is made from them).</summary>
    public static IReadOnlyList<string> NameTerms(LunrIndexBuilder builder, LunrDocument document) => builder.TermsOf(document.FieldTexts[NameField]);

    private static readonly int NameField = IndexOfField("nama");

    private static int IndexOfField(string name)
    {
        for (var f = 0; f < SearchFields.All.Count; f++)
            if (SearchFields.All[f].Name == name) return f;
        throw new InvalidOperationException($"No searched field {name}.");
    }
}
