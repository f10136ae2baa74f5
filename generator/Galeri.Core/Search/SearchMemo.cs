using System.Runtime.CompilerServices;
using Galeri.Entries;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>
/// Search work kept from the last build: each entry's search document (its field texts, which need
/// the body's HTML turned into text) and that document's analysed terms (tokenized, stemmed). An
/// unchanged entry with unchanged OPD and urusan keeps both; only the index's assembly is redone,
/// since one entry changes the weights of every document that shares a term with it.
/// </summary>
public sealed class SearchMemo
{
    private readonly ConditionalWeakTable<Innovation, Document> _documents = new();

    /// <summary>The terms the kept analysis is written in; the index builder must use the same table.</summary>
    public TermTable Terms { get; } = new();

    /// <summary>Written field vectors, for sessions that rebuild often (see <see cref="Incremental.BuildSession.LongLived"/>).</summary>
    public VectorCache Vectors { get; } = new();

    private readonly ConditionalWeakTable<LunrDocument, DocumentTerms> _terms = new();

    public LunrDocument DocumentOf(Innovation entry, object? opd, object? urusan, Func<LunrDocument> make)
    {
        if (_documents.TryGetValue(entry, out var known) && ReferenceEquals(known.Opd, opd) && ReferenceEquals(known.Urusan, urusan))
            return known.Value;
        var document = make();
        _documents.AddOrUpdate(entry, new Document(opd, urusan, document));
        return document;
    }

    public DocumentTerms TermsOf(LunrDocument document, Func<LunrDocument, DocumentTerms> analyze) =>
        _terms.GetValue(document, d => analyze(d));

    // An entry's part of the results store depends only on its card (made from the entry, its OPD,
    // urusan and labels) and the entry: kept per card, so a rebuild writes only the changed entries' parts anew.
    private readonly ConditionalWeakTable<Rendering.EntryCard, byte[]> _storeFragments = new();

    public byte[] StoreFragmentOf(Rendering.EntryCard card, Func<Rendering.EntryCard, byte[]> write) =>
        _storeFragments.GetValue(card, c => write(c));

    /// <summary>
    /// Every word's stem: a catalog repeats the same few tens of thousands of words millions of times,
    /// so each is stemmed once per session. The stemmer is a pure function, so this never goes stale.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> Stems { get; } = new(StringComparer.Ordinal);

    private sealed record Document(object? Opd, object? Urusan, LunrDocument Value);
}
