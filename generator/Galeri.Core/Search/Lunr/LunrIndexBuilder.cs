using System.Text;
using System.Text.Json;

namespace Galeri.Search.Lunr;

/// <summary>
/// Builds a search index in lunr.js 2.3.x's serialized format, the way <c>lunr.Builder</c> does:
/// term indexes in order of first appearance, BM25 field vectors (k1 1.2, b 0.75, field boosts,
/// scores rounded to three decimals), an inverted index sorted by term, and the labels of the
/// pipeline the browser must register. Loaded with <c>lunr.Index.load</c>, it ranks exactly as an
/// index built by lunr.js from the same documents and analysis. Lunr.Core is not on the package
/// feed, so this writes the format itself.
/// </summary>
/// <param name="analyze">Text of one field → its terms, as the pipeline would leave them (tokenized, filtered, stemmed).</param>
public sealed class LunrIndexBuilder(IReadOnlyList<LunrField> fields, IReadOnlyList<string> pipeline, Func<string, IReadOnlyList<string>> analyze)
{
    public const string Version = "2.3.9";
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The serialized index as UTF-8 JSON. Documents are analysed in parallel; everything else follows lunr's order.</summary>
    /// <param name="analyzed">Analysis kept from an earlier build (see <see cref="Analyze"/>); null analyses every document.</param>
    public byte[] Build(IReadOnlyList<LunrDocument> documents, Func<LunrDocument, DocumentTerms>? analyzed = null)
    {
        var terms = new DocumentTerms[documents.Count];
        Parallel.For(0, documents.Count, d => terms[d] = analyzed?.Invoke(documents[d]) ?? Analyze(documents[d]));
        var frequencies = new Dictionary<string, int>[documents.Count, fields.Count];
        var lengths = new int[documents.Count, fields.Count];
        for (var d = 0; d < documents.Count; d++)
        for (var f = 0; f < fields.Count; f++)
        {
            frequencies[d, f] = terms[d].Frequencies[f];
            lengths[d, f] = terms[d].Lengths[f];
        }

        // The inverted index: term → (_index, per field: document refs in order of arrival).
        // Dictionary enumeration follows insertion order here (nothing is removed), i.e. first appearance.
        var postings = new Dictionary<string, Posting>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        for (var f = 0; f < fields.Count; f++)
        {
            foreach (var term in frequencies[d, f].Keys)
            {
                if (!postings.TryGetValue(term, out var posting))
                    postings[term] = posting = new Posting(postings.Count, fields.Count);
                posting.Add(f, d);
            }
        }

        var averageLength = new double[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            long total = 0;
            for (var d = 0; d < documents.Count; d++) total += lengths[d, f];
            averageLength[f] = documents.Count == 0 ? 0 : (double)total / documents.Count;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteStartArray("fields");
            foreach (var field in fields) json.WriteStringValue(field.Name);
            json.WriteEndArray();

            json.WriteStartArray("fieldVectors");
            var idf = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var d = 0; d < documents.Count; d++)
            for (var f = 0; f < fields.Count; f++)
            {
                json.WriteStartArray();
                json.WriteStringValue(fields[f].Name + "/" + documents[d].Reference);
                json.WriteStartArray();
                var vector = new List<(int Index, double Score)>(frequencies[d, f].Count);
                foreach (var (term, tf) in frequencies[d, f])
                {
                    var posting = postings[term];
                    if (!idf.TryGetValue(term, out var termIdf))
                        idf[term] = termIdf = InverseDocumentFrequency(posting.DocumentsWithTerm, documents.Count);
                    var score = termIdf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (lengths[d, f] / averageLength[f])) + tf);
                    score *= fields[f].Boost;
                    vector.Add((posting.Index, RoundLikeJavaScript(score)));
                }
                vector.Sort((a, b) => a.Index.CompareTo(b.Index));
                foreach (var (index, score) in vector)
                {
                    json.WriteNumberValue(index);
                    json.WriteNumberValue(score);
                }
                json.WriteEndArray();
                json.WriteEndArray();
            }
            json.WriteEndArray();

            json.WriteStartArray("invertedIndex");
            foreach (var term in postings.Keys.Order(StringComparer.Ordinal))
            {
                var posting = postings[term];
                json.WriteStartArray();
                json.WriteStringValue(term);
                json.WriteStartObject();
                json.WriteNumber("_index", posting.Index);
                for (var f = 0; f < fields.Count; f++)
                {
                    json.WriteStartObject(fields[f].Name);
                    foreach (var d in posting.Documents[f])
                    {
                        json.WriteStartObject(documents[d].Reference);
                        json.WriteEndObject();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteEndArray();

            json.WriteStartArray("pipeline");
            foreach (var label in pipeline) json.WriteStringValue(label);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// One document's terms per field, counted, with each field's distinct terms in order of first
    /// appearance: that order is all lunr's term numbering needs.
    /// </summary>
    public DocumentTerms Analyze(LunrDocument document)
    {
        var texts = document.FieldTexts;
        var frequencies = new Dictionary<string, int>[fields.Count];
        var lengths = new int[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            var terms = f < texts.Count ? analyze(texts[f]) : [];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in terms) counts[term] = counts.GetValueOrDefault(term) + 1;
            frequencies[f] = counts;
            lengths[f] = terms.Count;
        }
        return new DocumentTerms(frequencies, lengths);
    }

    /// <summary>lunr.idf: documents are counted once per field the term appears in.</summary>
    private static double InverseDocumentFrequency(int documentsWithTerm, int documentCount) =>
        Math.Log(1 + Math.Abs((documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));

    /// <summary>JavaScript's <c>Math.round(x * 1000) / 1000</c>: halves round up, as lunr stores scores.</summary>
    private static double RoundLikeJavaScript(double score) => Math.Floor(score * 1000 + 0.5) / 1000;

    private sealed class Posting(int index, int fieldCount)
    {
        public int Index { get; } = index;
        public List<int>[] Documents { get; } = Enumerable.Range(0, fieldCount).Select(_ => new List<int>()).ToArray();
        public int DocumentsWithTerm { get; private set; }

        public void Add(int field, int document)
        {
            var list = Documents[field];
            if (list.Count > 0 && list[^1] == document) return; // documents arrive in order: a repeat is the same document
            list.Add(document);
            DocumentsWithTerm++;
        }
    }
}
