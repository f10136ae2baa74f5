using System.Buffers;

namespace Galeri.Search.Parts;

/// <summary>
/// Neighbouring terms of each entry's name ("satu data" in "Satu Data Kota Magelang"), with the
/// entries whose name holds them side by side: a query whose words stand so in a name ranks that
/// entry higher. Kept in the shard of the pair's first term, which the query loads anyway.
/// </summary>
internal static class NamePairs
{
    /// <param name="nameTerms">Each entry's name as terms in order (stop words out, stemmed), by entry number.</param>
    /// <returns>Each pair ("a b") with its encoded entry list (gaps, <see cref="PostingCode"/>).</returns>
    public static Dictionary<string, ArrayBufferWriter<byte>> Of(IReadOnlyList<IReadOnlyList<string>> nameTerms)
    {
        var pairs = new Dictionary<string, ArrayBufferWriter<byte>>(StringComparer.Ordinal);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < nameTerms.Count; d++)
        {
            var terms = nameTerms[d];
            for (var i = 0; i + 1 < terms.Count; i++)
            {
                var pair = terms[i] + " " + terms[i + 1];
                var previous = last.GetValueOrDefault(pair, -1);
                if (previous == d) continue;
                if (!pairs.TryGetValue(pair, out var list)) pairs[pair] = list = new ArrayBufferWriter<byte>(8);
                PostingCode.Write(list, d - previous);
                last[pair] = d;
            }
        }
        return pairs;
    }
}
