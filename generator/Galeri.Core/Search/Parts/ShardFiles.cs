using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Galeri.Output;

namespace Galeri.Search.Parts;

/// <summary>
/// The index shards (<c>assets/search/t/KEY.js</c>), each <c>{"t": [terms in order], "p": [each term's
/// "head~body" lists], "f": {"a b": entries}}</c> (<see cref="TermPostings"/>, <see cref="NamePairs"/>),
/// and every term in one list (<c>assets/search/istilah.js</c>), which the browser loads only to
/// correct a misspelt word.
/// </summary>
internal static class ShardFiles
{
    public const string TermListPart = "istilah";

    public static string PartOf(string key) => "t/" + PartScript.SafeName(key);

    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="terms">The terms entries hold, by id (<see cref="Lunr.TermTable"/>); unused ids have no postings.</param>
    public static (ShardPlan Plan, IReadOnlyList<OutputFile> Files) Write(IReadOnlyList<string> terms, TermPostings postings, Dictionary<string, ArrayBufferWriter<byte>> pairs)
    {
        var used = Enumerable.Range(0, terms.Count).Where(id => postings.Head[id] is not null || postings.Body[id] is not null)
            .OrderBy(id => terms[id], StringComparer.Ordinal).ToArray();
        var pairsOf = pairs.GroupBy(p => p.Key[..p.Key.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var sizes = used.Select(id => (terms[id], (long)(terms[id].Length + 6 + (postings.Head[id]?.WrittenCount ?? 0) + (postings.Body[id]?.WrittenCount ?? 0)
            + (pairsOf.TryGetValue(terms[id], out var own) ? own.Sum(p => p.Key.Length + 6 + p.Value.WrittenCount) : 0)))).ToList();
        var plan = ShardPlan.Of(sizes);

        var byShard = used.GroupBy(id => plan.KeyOf(terms[id])!, StringComparer.Ordinal).ToList();
        var files = new OutputFile[byShard.Count + 1];
        Parallel.For(0, byShard.Count, s =>
        {
            var key = byShard[s].Key;
            files[s] = new OutputFile(PartScript.PathOf(PartOf(key)), PartScript.Of(PartOf(key), Shard(byShard[s].ToList(), terms, postings, pairsOf)), null);
        });
        var list = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(string.Join(' ', used.Select(id => terms[id])), SerializerOptions));
        files[^1] = new OutputFile(PartScript.PathOf(TermListPart), PartScript.Of(TermListPart, list), null);
        return (plan, files);
    }

    private static byte[] Shard(List<int> ids, IReadOnlyList<string> terms, TermPostings postings, Dictionary<string, List<KeyValuePair<string, ArrayBufferWriter<byte>>>> pairsOf)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("t");
            foreach (var id in ids) json.WriteStringValue(terms[id]);
            json.WriteEndArray();
            json.WriteStartArray("p");
            var posting = new ArrayBufferWriter<byte>(256);
            foreach (var id in ids)
            {
                posting.ResetWrittenCount();
                if (postings.Head[id] is { } head) posting.Write(head.WrittenSpan);
                posting.Write("~"u8);
                if (postings.Body[id] is { } body) posting.Write(body.WrittenSpan);
                json.WriteStringValue(posting.WrittenSpan);
            }
            json.WriteEndArray();
            json.WriteStartObject("f");
            foreach (var id in ids)
                if (pairsOf.TryGetValue(terms[id], out var own))
                    foreach (var (pair, entries) in own) json.WriteString(pair, entries.WrittenSpan);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
