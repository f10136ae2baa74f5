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

    private sealed record Document(object? Opd, object? Urusan, LunrDocument Value);
}
