using System.Text.Json;

namespace Galeri.Search.Synonyms;

/// <summary>
/// Balitbang's synonyms (<c>content/referensi/sinonim.yml</c>): groups of words or phrases a
/// visitor may use for the same thing ("transportasi", "perhubungan", "angkutan"). A query word or
/// phrase from a group also finds entries that hold another member of it.
/// </summary>
internal sealed record SynonymList(IReadOnlyList<IReadOnlyList<string>> Groups)
{
    public static SynonymList Empty { get; } = new([]);

    /// <summary>
    /// The groups for the browser: each member as written (shown as the reason of a match) and as
    /// index terms (<paramref name="analyze"/>), which must all be in an entry for the member to match it.
    /// </summary>
    public void WriteJson(Utf8JsonWriter json, string name, Func<string, IReadOnlyList<string>> analyze)
    {
        json.WriteStartArray(name);
        foreach (var group in Groups)
        {
            json.WriteStartArray();
            foreach (var member in group)
            {
                json.WriteStartObject();
                json.WriteString("t", member);
                json.WriteStartArray("s");
                foreach (var term in analyze(member)) json.WriteStringValue(term);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
