using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Galeri.Entries;
using Galeri.Output;
using Galeri.Rendering;
using Galeri.Search;
using Galeri.Search.Analysis;
using Galeri.Search.Lunr;

namespace Galeri.Incremental;

/// <summary>
/// The search phase's outputs kept from the last build: each entry's search document (its field
/// texts, which need the body's HTML turned into text), that document's analysed terms (tokenized,
/// stemmed) and its name's terms in order, each word's stem, and each entry's part of the results
/// store. An unchanged entry with unchanged OPD and urusan keeps them; only the index's assembly is
/// redone, since one entry changes the weights of every document that shares a term with it. The
/// search code itself keeps nothing.
/// </summary>
/// <param name="keep">
/// False in a one-build session: nothing follows, and kept documents and analyses (about 0.8 GB at 50,000
/// entries) would live until the write phase, since the entries they belong to do.
/// </param>
internal sealed class SearchMemo(bool keep = true)
{
    private readonly ConditionalWeakTable<Innovation, Document> _documents = new();
    private readonly ConditionalWeakTable<LunrDocument, DocumentTerms> _terms = new();
    private readonly ConditionalWeakTable<EntryCard, byte[]> _storeFragments = new();
    private readonly ConditionalWeakTable<LunrDocument, IReadOnlyList<string>> _nameTerms = new();

    /// <summary>The terms the kept analysis is written in; the index builder must use the same table.</summary>
    private readonly TermTable _termTable = new();

    // A catalog repeats the same few tens of thousands of words millions of times: each is stemmed
    // once per session. The stemmer is a pure function, so this never goes stale.
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    // The known words for the browser do not depend on the catalog: written once per session.
    private byte[]? _knownWordsScript;

    /// <summary>
    /// Under <c>galeri build</c>: the file in the build cache where the last run left its analyses
    /// (<see cref="AnalysisStore"/>); an entry whose searched texts are unchanged takes its terms from
    /// there. Null: every document is analysed (and <c>galeri serve</c> keeps analyses in memory instead).
    /// </summary>
    public string? StorePath { get; set; }

    /// <summary>Documents the last <see cref="Write"/> analysed anew; the others' terms were kept.</summary>
    public int Analysed => _analysed;

    private int _analysed;

    /// <summary>What to save at <see cref="StorePath"/> once the build is written: the last <see cref="Write"/>'s analyses; null when there is no store or it holds them already.</summary>
    public byte[]? StoreToSave { get; private set; }

    public IReadOnlyList<OutputFile> Write(SiteModel site)
    {
        var stem = (string word) => _stems.GetOrAdd(word, IndonesianStemmer.Stem);
        var builder = new LunrIndexBuilder(SearchFields.All, text => IndonesianAnalyzer.Analyze(text, stem), _termTable);
        var content = site.Content;
        // Kept, the documents are listed once; in a one-build session each is made as it is analysed.
        var documents = keep
            ? content.Innovations.AsParallel().AsOrdered()
                .Select(entry => DocumentOf(entry, SearchDocuments.OpdOf(content, entry), SearchDocuments.UrusanOf(content, entry)))
                .ToList()
            : SearchDocuments.Of(content);
        _analysed = 0;
        DocumentTerms Analyze(LunrDocument document)
        {
            Interlocked.Increment(ref _analysed);
            return builder.Analyze(document);
        }
        var knownWords = _knownWordsScript ??= SearchFiles.KnownWordsScript(KnownWords.Load(), stem);
        if (!keep && StorePath is not null) return WriteStored(site, builder, documents, Analyze, knownWords);
        return SearchFiles.Write(new SearchInputs(site, builder, documents, keep ? d => _terms.GetValue(d, Analyze) : Analyze, knownWords,
            keep ? (entry, card) => _storeFragments.GetValue(card, c => SearchStore.Fragment(entry, c)) : SearchStore.Fragment,
            keep ? d => _nameTerms.GetValue(d, document => SearchFiles.NameTerms(builder, document)) : null));
    }

    /// <summary>A one-build session with a store: kept analyses where the texts are unchanged, and the store for the next run.</summary>
    private IReadOnlyList<OutputFile> WriteStored(SiteModel site, LunrIndexBuilder builder, IReadOnlyList<LunrDocument> documents,
        Func<LunrDocument, DocumentTerms> analyze, byte[] knownWords)
    {
        var store = AnalysisStore.Load(StorePath!);
        // By the document's reference (its entry's slug), not the document: documents are made as they are
        // analysed (SearchDocuments.Of) and dropped after.
        var stored = new ConcurrentDictionary<string, StoredDocument>(StringComparer.Ordinal);
        var files = SearchFiles.Write(new SearchInputs(site, builder, documents,
            document =>
            {
                var key = AnalysisStore.KeyOf(document);
                var kept = store.TryGet(key, _termTable.Id, out var terms, out var names);
                if (!kept) terms = analyze(document);
                stored[document.Reference] = new StoredDocument(key, terms, kept ? names : null);
                return terms;
            },
            knownWords, SearchStore.Fragment,
            document =>
            {
                var record = stored[document.Reference];
                return record.NameTerms ??= SearchFiles.NameTerms(builder, document);
            }));
        var distinct = site.Content.Innovations.Select(e => stored[e.Slug]).DistinctBy(d => d.Key).ToList();
        // Every document found and nothing else kept: the file already holds exactly this.
        StoreToSave = _analysed == 0 && distinct.Count == store.Count ? null
            : AnalysisStore.Write(distinct.Select(d => (d.Key, d.Terms, d.NameTerms!)), [.. _termTable.Snapshot().Select(t => t.Term)]);
        return files;
    }

    /// <summary>A document's analysis as the store keeps it (its name's terms are filled in when the index asks for them).</summary>
    private sealed class StoredDocument(UInt128 key, DocumentTerms terms, IReadOnlyList<string>? nameTerms)
    {
        public UInt128 Key => key;
        public DocumentTerms Terms => terms;
        public IReadOnlyList<string>? NameTerms { get; set; } = nameTerms;
    }

    private LunrDocument DocumentOf(Innovation entry, Opds.Opd? opd, Urusan.UrusanItem? urusan)
    {
        if (_documents.TryGetValue(entry, out var known) && ReferenceEquals(known.Opd, opd) && ReferenceEquals(known.Urusan, urusan))
            return known.Value;
        var document = SearchDocuments.Of(entry, opd, urusan);
        _documents.AddOrUpdate(entry, new Document(opd, urusan, document));
        return document;
    }

    private sealed record Document(object? Opd, object? Urusan, LunrDocument Value);
}
