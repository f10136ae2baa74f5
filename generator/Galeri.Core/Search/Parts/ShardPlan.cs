namespace Galeri.Search.Parts;

/// <summary>
/// Which shard each term goes in: terms are grouped by their first two letters, and a group larger
/// than <see cref="Limit"/> is split by one more letter, again and again (a single term is never split).
/// A term belongs to the longest key that begins it; the browser finds it the same way from the list
/// of keys, so a query loads only the shards of its own words.
/// </summary>
internal sealed class ShardPlan
{
    /// <summary>Encoded bytes a shard may hold before it is split (about a third of that gzipped).</summary>
    public const int Limit = 48 * 1024;

    private const int FirstLength = 2;

    private readonly HashSet<string> _keys;
    private readonly int _longest;

    private ShardPlan(List<string> keys)
    {
        Keys = keys;
        _keys = new HashSet<string>(keys, StringComparer.Ordinal);
        _longest = keys.Count == 0 ? 0 : keys.Max(k => k.Length);
    }

    /// <summary>The shard keys in ordinal order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <param name="terms">Every term with the bytes it takes in its shard, in ordinal order of the terms.</param>
    public static ShardPlan Of(IReadOnlyList<(string Term, long Size)> terms)
    {
        var keys = new List<string>();
        Split(terms, 0, terms.Count, FirstLength, keys);
        keys.Sort(StringComparer.Ordinal);
        return new ShardPlan(keys);
    }

    /// <summary>The key of the shard that holds a term (the longest key that begins it), or null.</summary>
    public string? KeyOf(string term)
    {
        for (var length = Math.Min(term.Length, _longest); length > 0; length--)
            if (_keys.Contains(term[..length])) return term[..length];
        return null;
    }

    private static void Split(IReadOnlyList<(string Term, long Size)> terms, int from, int to, int length, List<string> keys)
    {
        var i = from;
        while (i < to)
        {
            var key = Prefix(terms[i].Term, length);
            var j = i;
            long size = 0;
            while (j < to && Prefix(terms[j].Term, length) == key) size += terms[j++].Size;
            if (size <= Limit || j - i == 1) keys.Add(key);
            else
            {
                // The term that is the key itself stays in the key's shard; longer ones split by the next letter.
                var rest = i;
                if (terms[i].Term == key)
                {
                    keys.Add(key);
                    rest++;
                }
                Split(terms, rest, j, length + 1, keys);
            }
            i = j;
        }
    }

    private static string Prefix(string term, int length) => term.Length <= length ? term : term[..length];
}
