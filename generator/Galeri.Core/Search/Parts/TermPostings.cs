using System.Buffers;
using Galeri.Search.Lunr;

namespace Galeri.Search.Parts;

/// <summary>
/// For every term, the entries that hold it with their weights, encoded (<see cref="PostingCode"/>):
/// the <em>head</em> list (every field but the body: entry, a bit per field it is in, the weight summed
/// over those fields) and the <em>body</em> list (entry, weight). The weight of a term in a field is
/// lunr's BM25 (k1 1.2, b 0.75, idf counting an entry once per field) times the field's boost, so the
/// ranking is lunr's without lunr: the browser adds up weights × the query's boosts. Entries are numbered
/// in the order given (the name order), and each list is in that order, as gaps.
/// </summary>
internal sealed class TermPostings
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private TermPostings(ArrayBufferWriter<byte>?[] head, ArrayBufferWriter<byte>?[] body)
    {
        Head = head;
        Body = body;
    }

    /// <summary>By term id: the encoded head list, null when no entry holds the term outside the body.</summary>
    public ArrayBufferWriter<byte>?[] Head { get; }

    /// <summary>By term id: the encoded body list, null when no entry holds the term in its body.</summary>
    public ArrayBufferWriter<byte>?[] Body { get; }

    /// <param name="docs">Each entry's analysed fields, in entry number order.</param>
    /// <param name="fields">The searched fields with their boosts; <see cref="SearchFields.Body"/> is the body.</param>
    public static TermPostings Of(IReadOnlyList<DocumentTerms> docs, IReadOnlyList<LunrField> fields, int termCount)
    {
        var count = docs.Count;
        var withTerm = new int[termCount];
        var averageLength = new double[fields.Count];
        foreach (var doc in docs)
            for (var f = 0; f < fields.Count; f++)
            {
                averageLength[f] += doc.Fields[f].Length;
                foreach (var id in doc.Fields[f].Ids) withTerm[id]++;
            }
        for (var f = 0; f < fields.Count; f++) averageLength[f] = count == 0 ? 0 : averageLength[f] / count;
        // Each term's idf once, not once per occurrence (a logarithm for each of millions).
        var idf = new double[termCount];
        for (var id = 0; id < termCount; id++) idf[id] = Idf(withTerm[id], count);

        var head = new ArrayBufferWriter<byte>?[termCount];
        var body = new ArrayBufferWriter<byte>?[termCount];
        var lastHead = new int[termCount];
        var lastBody = new int[termCount];
        Array.Fill(lastHead, -1);
        Array.Fill(lastBody, -1);
        var seenIn = new int[termCount];
        Array.Fill(seenIn, -1);
        var headWeight = new double[termCount];
        var bodyWeight = new double[termCount];
        var mask = new int[termCount];
        var touched = new List<int>();
        var headBit = 0;
        var bits = new int[fields.Count];
        for (var f = 0; f < fields.Count; f++) bits[f] = fields[f].Name == SearchFields.Body ? 0 : 1 << headBit++;

        for (var d = 0; d < count; d++)
        {
            touched.Clear();
            for (var f = 0; f < fields.Count; f++)
            {
                var field = docs[d].Fields[f];
                var lengthNorm = K1 * (1 - B + B * (field.Length / averageLength[f]));
                for (var i = 0; i < field.Ids.Length; i++)
                {
                    var id = field.Ids[i];
                    if (seenIn[id] != d)
                    {
                        seenIn[id] = d;
                        headWeight[id] = bodyWeight[id] = 0;
                        mask[id] = 0;
                        touched.Add(id);
                    }
                    var tf = field.Counts[i];
                    var score = idf[id] * ((K1 + 1) * tf) / (lengthNorm + tf) * fields[f].Boost;
                    if (bits[f] == 0) bodyWeight[id] += score;
                    else
                    {
                        headWeight[id] += score;
                        mask[id] |= bits[f];
                    }
                }
            }
            foreach (var id in touched)
            {
                if (mask[id] != 0)
                {
                    var list = head[id] ??= new ArrayBufferWriter<byte>(16);
                    PostingCode.Write(list, d - lastHead[id]);
                    PostingCode.Write(list, mask[id]);
                    PostingCode.Write(list, PostingCode.WeightCode(headWeight[id]));
                    lastHead[id] = d;
                }
                if (bodyWeight[id] > 0)
                {
                    var list = body[id] ??= new ArrayBufferWriter<byte>(16);
                    PostingCode.Write(list, d - lastBody[id]);
                    PostingCode.Write(list, PostingCode.WeightCode(bodyWeight[id]));
                    lastBody[id] = d;
                }
            }
        }
        return new TermPostings(head, body);
    }

    /// <summary>lunr.idf: entries are counted once per field the term appears in.</summary>
    private static double Idf(int documentsWithTerm, int documentCount) =>
        Math.Log(1 + Math.Abs((documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)));
}
