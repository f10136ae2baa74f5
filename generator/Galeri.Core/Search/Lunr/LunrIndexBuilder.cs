using System.Buffers;
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
/// <remarks>
/// The index is global (one changed document shifts term numbers and weights everywhere), so it is
/// assembled whole on every build; what makes that fast is that documents are analysed once
/// (<see cref="DocumentTerms"/>, kept across builds), terms are integers (<see cref="TermTable"/>),
/// and the JSON is written in parallel chunks.
/// </remarks>
/// <param name="analyze">Text of one field → its terms, as the pipeline would leave them (tokenized, filtered, stemmed).</param>
/// <param name="terms">The term table the documents' <see cref="DocumentTerms"/> were made with; null for a new one.</param>
internal sealed class LunrIndexBuilder(IReadOnlyList<LunrField> fields, IReadOnlyList<string> pipeline, Func<string, IReadOnlyList<string>> analyze, TermTable? terms = null)
{
    public const string Version = "2.3.9";
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int ChunkSize = 256;

    private readonly TermTable _terms = terms ?? new TermTable();

    /// <summary>The table <see cref="Analyze"/> numbers terms in.</summary>
    public TermTable Terms => _terms;
    private readonly JsonEncodedText[] _fieldNames = fields.Select(f => JsonEncodedText.Encode(f.Name)).ToArray();

    /// <summary>A text's terms in order, repeats kept (what <see cref="Analyze"/> counts).</summary>
    public IReadOnlyList<string> TermsOf(string text) => analyze(text);

    /// <summary>One document's terms per field, counted, in order of first appearance.</summary>
    public DocumentTerms Analyze(LunrDocument document)
    {
        var texts = document.FieldTexts;
        var result = new FieldTerms[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            var words = f < texts.Count ? analyze(texts[f]) : [];
            var ids = new List<int>();
            var counts = new Dictionary<int, int>();
            foreach (var word in words)
            {
                var id = _terms.Id(word);
                if (counts.TryGetValue(id, out var count)) counts[id] = count + 1;
                else
                {
                    counts[id] = 1;
                    ids.Add(id);
                }
            }
            result[f] = new FieldTerms([.. ids], [.. ids.Select(id => counts[id])], words.Count);
        }
        return new DocumentTerms(result);
    }

    /// <summary>The serialized index as UTF-8 JSON.</summary>
    /// <param name="analyzed">Analysis kept from an earlier build, made with this builder's term table; null analyses every document.</param>
    /// <param name="prefix">Bytes before the JSON in the same array (e.g. <c>window.X = </c>), saving a copy of a large index.</param>
    /// <param name="suffix">Bytes after the JSON.</param>
    /// <param name="vectors">Field vectors written by an earlier build, reused where still exact (serve); null writes every one.</param>
    public byte[] Build(IReadOnlyList<LunrDocument> documents, Func<LunrDocument, DocumentTerms>? analyzed = null, byte[]? prefix = null, byte[]? suffix = null,
        VectorCache? vectors = null)
    {
        var count = documents.Count;
        var docs = new DocumentTerms[count];
        Parallel.For(0, count, d => docs[d] = analyzed?.Invoke(documents[d]) ?? Analyze(documents[d]));
        var table = _terms.Snapshot();
        var references = documents.Select(d => JsonEncodedText.Encode(d.Reference)).ToArray();

        // Term numbers by first appearance (documents in order, fields in order), and per field the
        // documents each term occurs in. lunr counts a document once per field for the idf.
        var termIndex = new int[table.Length];
        Array.Fill(termIndex, -1);
        var used = new List<int>();
        var withTerm = new int[table.Length];
        var perField = new int[fields.Count][];
        var averageLength = new double[fields.Count];
        for (var f = 0; f < fields.Count; f++) perField[f] = new int[table.Length];
        for (var d = 0; d < count; d++)
        for (var f = 0; f < fields.Count; f++)
        {
            var field = docs[d].Fields[f];
            averageLength[f] += field.Length;
            foreach (var id in field.Ids)
            {
                if (termIndex[id] < 0)
                {
                    termIndex[id] = used.Count;
                    used.Add(id);
                }
                withTerm[id]++;
                perField[f][id]++;
            }
        }
        for (var f = 0; f < fields.Count; f++) averageLength[f] = count == 0 ? 0 : averageLength[f] / count;
        var idf = new double[table.Length];
        foreach (var id in used) idf[id] = InverseDocumentFrequency(withTerm[id], count);

        var postings = Postings(docs, perField, table.Length);
        var sortedTerms = used.ToArray();
        Array.Sort(sortedTerms, (a, b) => string.CompareOrdinal(table[a].Term, table[b].Term));

        var vectorChunks = LunrJson.InChunks(count, ChunkSize, (from, to, output) =>
        {
            var indexes = new int[64];
            var scores = new double[64];
            for (var d = from; d < to; d++)
            for (var f = 0; f < fields.Count; f++)
            {
                var field = docs[d].Fields[f];
                if (d > from || f > 0) LunrJson.Raw(output, ","u8);
                var known = vectors?.Get(docs[d], f);
                if (known is not null && Unchanged(known, field, count, averageLength[f], termIndex, withTerm))
                {
                    LunrJson.Raw(output, known.Bytes);
                    continue;
                }
                var start = output.Length;
                if (indexes.Length < field.Ids.Length)
                {
                    indexes = new int[field.Ids.Length * 2];
                    scores = new double[field.Ids.Length * 2];
                }
                for (var i = 0; i < field.Ids.Length; i++)
                {
                    var id = field.Ids[i];
                    var tf = field.Counts[i];
                    var score = idf[id] * ((K1 + 1) * tf) / (K1 * (1 - B + B * (field.Length / averageLength[f])) + tf);
                    indexes[i] = termIndex[id];
                    scores[i] = RoundLikeJavaScript(score * fields[f].Boost);
                }
                Array.Sort(indexes, scores, 0, field.Ids.Length);
                LunrJson.Raw(output, "[\""u8);
                LunrJson.Raw(output, _fieldNames[f].EncodedUtf8Bytes);
                LunrJson.Raw(output, "/"u8);
                LunrJson.Raw(output, references[d].EncodedUtf8Bytes);
                LunrJson.Raw(output, "\",["u8);
                for (var i = 0; i < field.Ids.Length; i++)
                {
                    if (i > 0) LunrJson.Raw(output, ","u8);
                    LunrJson.Integer(output, indexes[i]);
                    LunrJson.Raw(output, ","u8);
                    LunrJson.Score(output, scores[i]);
                }
                LunrJson.Raw(output, "]]"u8);
                if (vectors is not null)
                {
                    var stamps = new int[field.Ids.Length * 2];
                    for (var i = 0; i < field.Ids.Length; i++)
                    {
                        stamps[2 * i] = termIndex[field.Ids[i]];
                        stamps[2 * i + 1] = withTerm[field.Ids[i]];
                    }
                    vectors.Set(docs[d], f, new VectorCache.Written(count, averageLength[f], stamps, output.WrittenMemory[start..].ToArray()));
                }
            }
        });

        var invertedChunks = LunrJson.InChunks(sortedTerms.Length, ChunkSize, (from, to, output) =>
        {
            for (var t = from; t < to; t++)
            {
                var id = sortedTerms[t];
                if (t > from) LunrJson.Raw(output, ","u8);
                LunrJson.Raw(output, "["u8);
                LunrJson.Quoted(output, table[id].Json);
                LunrJson.Raw(output, ",{\"_index\":"u8);
                LunrJson.Integer(output, termIndex[id]);
                for (var f = 0; f < fields.Count; f++)
                {
                    LunrJson.Raw(output, ","u8);
                    LunrJson.Quoted(output, _fieldNames[f]);
                    LunrJson.Raw(output, ":{"u8);
                    var (start, end) = postings.Range(f, id);
                    for (var p = start; p < end; p++)
                    {
                        if (p > start) LunrJson.Raw(output, ","u8);
                        LunrJson.Quoted(output, references[postings.Documents[f][p]]);
                        LunrJson.Raw(output, ":{}"u8);
                    }
                    LunrJson.Raw(output, "}"u8);
                }
                LunrJson.Raw(output, "}]"u8);
            }
        });

        var head = new ArrayBufferWriter<byte>(1024);
        LunrJson.Raw(head, prefix);
        LunrJson.Raw(head, "{\"version\":"u8);
        LunrJson.Quoted(head, JsonEncodedText.Encode(Version));
        LunrJson.Raw(head, ",\"fields\":["u8);
        for (var f = 0; f < fields.Count; f++)
        {
            if (f > 0) LunrJson.Raw(head, ","u8);
            LunrJson.Quoted(head, _fieldNames[f]);
        }
        LunrJson.Raw(head, "],\"fieldVectors\":["u8);
        var middle = new ArrayBufferWriter<byte>(32);
        LunrJson.Raw(middle, "],\"invertedIndex\":["u8);
        var tail = new ArrayBufferWriter<byte>(256);
        LunrJson.Raw(tail, "],\"pipeline\":["u8);
        for (var p = 0; p < pipeline.Count; p++)
        {
            if (p > 0) LunrJson.Raw(tail, ","u8);
            LunrJson.Quoted(tail, JsonEncodedText.Encode(pipeline[p]));
        }
        LunrJson.Raw(tail, "]}"u8);
        LunrJson.Raw(tail, suffix);

        // One array for the whole file: the chunks are copied in once, then go back to the pool.
        var parts = new List<ReadOnlyMemory<byte>> { head.WrittenMemory };
        LunrJson.Joined(parts, vectorChunks);
        parts.Add(middle.WrittenMemory);
        LunrJson.Joined(parts, invertedChunks);
        parts.Add(tail.WrittenMemory);
        var result = GC.AllocateUninitializedArray<byte>(parts.Sum(p => p.Length));
        var at = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(result.AsSpan(at));
            at += part.Length;
        }
        foreach (var chunk in vectorChunks.Concat(invertedChunks)) chunk.Dispose();
        return result;
    }

    private static bool Unchanged(VectorCache.Written known, FieldTerms field, int count, double averageLength, int[] termIndex, int[] withTerm)
    {
        if (known.DocumentCount != count || known.AverageLength != averageLength || known.Stamps.Length != field.Ids.Length * 2) return false;
        var stamps = known.Stamps;
        for (var i = 0; i < field.Ids.Length; i++)
        {
            var id = field.Ids[i];
            if (stamps[2 * i] != termIndex[id] || stamps[2 * i + 1] != withTerm[id]) return false;
        }
        return true;
    }

    /// <summary>Per field, the documents each term occurs in, in document order: one flat array per field with a range per term.</summary>
    private static Postings Postings(DocumentTerms[] docs, int[][] perField, int termCount)
    {
        var fieldCount = perField.Length;
        var starts = new int[fieldCount][];
        var documents = new int[fieldCount][];
        for (var f = 0; f < fieldCount; f++)
        {
            starts[f] = new int[termCount + 1];
            var total = 0;
            for (var id = 0; id < termCount; id++)
            {
                starts[f][id] = total;
                total += perField[f][id];
            }
            starts[f][termCount] = total;
            documents[f] = new int[total];
        }
        var filled = new int[fieldCount][];
        for (var f = 0; f < fieldCount; f++) filled[f] = (int[])starts[f].Clone();
        for (var d = 0; d < docs.Length; d++)
        for (var f = 0; f < fieldCount; f++)
            foreach (var id in docs[d].Fields[f].Ids)
                documents[f][filled[f][id]++] = d;
        return new Postings(starts, documents);
    }

    /// <summary>lunr.idf: documents are counted once per field the term appears in.</summary>
    private static double InverseDocumentFrequency(int documentsWithTerm, int documentCount) =>
        Math.Log(1 + Math.Abs((documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));

    /// <summary>JavaScript's <c>Math.round(x * 1000) / 1000</c>: halves round up, as lunr stores scores.</summary>
    private static double RoundLikeJavaScript(double score) => Math.Floor(score * 1000 + 0.5) / 1000;
}
