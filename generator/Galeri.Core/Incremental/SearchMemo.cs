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
/// The search phase's outputs kept from the last build: each entry's analysed terms (its search document
/// tokenized and stemmed, the body's HTML turned into text first) and its name's terms in order, each word's
/// stem, and each entry's part of the results store. An unchanged entry with unchanged OPD and urusan keeps
/// them, and its document is not made again; only the index's assembly is redone, since one entry changes the
/// weights of every document that shares a term with it. The search code itself keeps nothing.
/// </summary>
/// <param name="keep">
/// False in a one-build session: nothing follows, and kept analyses would live until the write phase,
/// since the entries they belong to do.
/// </param>
internal sealed class SearchMemo(bool keep = true)
{
    // By the entry object (unchanged entries stay the same objects from build to build, see ParseMemo), with the
    // OPD and urusan whose names its document searched. The document itself is not kept: its texts were about
    // 0.5 GB at 50,000 entries under galeri serve.
    private readonly ConditionalWeakTable<Innovation, KeptTerms> _analyses = new();
    private readonly ConditionalWeakTable<EntryCard, byte[]> _storeFragments = new();

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
        _analysed = 0;
        DocumentTerms Analyze(LunrDocument document)
        {
            Interlocked.Increment(ref _analysed);
            return builder.Analyze(document);
        }
        var knownWords = _knownWordsScript ??= SearchFiles.KnownWordsScript(KnownWords.Load(), stem);
        if (!keep && StorePath is not null) return WriteStored(site, builder, Analyze, knownWords);
        if (!keep)
            return SearchFiles.Write(new SearchInputs(site, builder, i => SearchFiles.TermsOf(builder, SearchDocuments.Of(content, i), Analyze), knownWords));
        return SearchFiles.Write(new SearchInputs(site, builder,
            i =>
            {
                var entry = content.Innovations[i];
                var opd = SearchDocuments.OpdOf(content, entry);
                var urusan = SearchDocuments.UrusanOf(content, entry);
                if (_analyses.TryGetValue(entry, out var known) && ReferenceEquals(known.Opd, opd) && ReferenceEquals(known.Urusan, urusan))
                    return known.Terms;
                var terms = SearchFiles.TermsOf(builder, SearchDocuments.Of(entry, opd, urusan), Analyze);
                _analyses.AddOrUpdate(entry, new KeptTerms(opd, urusan, terms));
                return terms;
            },
            knownWords, (entry, card) => _storeFragments.GetValue(card, c => SearchStore.Fragment(entry, c)), Chunk));
    }

    /// <summary>
    /// A result-store file, the last build's while it holds the very same fragments (which are kept by card,
    /// so only the chunk of an edited entry is made again; at 50,000 entries that was 1,563 files of
    /// about 50 KB each, made twice over, after every save).
    /// </summary>
    private OutputFile Chunk(int number, byte[][] fragments, Func<OutputFile> make)
    {
        if (_chunks.TryGetValue(number, out var last) && last.Fragments.Length == fragments.Length
            && last.Fragments.AsSpan().SequenceEqual(fragments, ReferenceEqualityComparer.Instance))
            return last.File;
        var file = make();
        _chunks[number] = (fragments, file);
        return file;
    }

    private readonly ConcurrentDictionary<int, (byte[][] Fragments, OutputFile File)> _chunks = new();

    /// <summary>A one-build session with a store: kept analyses where the texts are unchanged, and the store for the next run.</summary>
    private IReadOnlyList<OutputFile> WriteStored(SiteModel site, LunrIndexBuilder builder, Func<LunrDocument, DocumentTerms> analyze, byte[] knownWords)
    {
        var store = AnalysisStore.Load(StorePath!);
        var content = site.Content;
        var stored = new StoredDocument[content.Innovations.Count];
        var files = SearchFiles.Write(new SearchInputs(site, builder,
            i =>
            {
                var document = SearchDocuments.Of(content, i);
                var key = AnalysisStore.KeyOf(document);
                var kept = store.TryGet(key, _termTable.Id, out var terms, out var names);
                if (!kept) terms = analyze(document);
                stored[i] = new StoredDocument(key, terms, kept ? names : SearchFiles.NameTerms(builder, document));
                return new EntryTerms(terms, stored[i].NameTerms);
            },
            knownWords, SearchStore.Fragment));
        var distinct = stored.DistinctBy(d => d.Key).ToList();
        // Every document found and nothing else kept: the file already holds exactly this.
        StoreToSave = _analysed == 0 && distinct.Count == store.Count ? null
            : AnalysisStore.Write(distinct.Select(d => (d.Key, d.Terms, d.NameTerms)), [.. _termTable.Snapshot().Select(t => t.Term)]);
        return files;
    }

    /// <summary>A document's analysis as the store keeps it.</summary>
    private sealed record StoredDocument(UInt128 Key, DocumentTerms Terms, IReadOnlyList<string> NameTerms);

    /// <summary>An entry's terms, and the OPD and urusan its document was made with.</summary>
    private sealed record KeptTerms(object? Opd, object? Urusan, EntryTerms Terms);
}
