using System.Text;
using System.Text.Json;
using Galeri.Search.Facets;

namespace Galeri.Search.Parts;

/// <summary>
/// Each facet's option for every entry, compact enough to load with the page at any catalog size:
/// the facet's options once, then one string with, per entry in entry order, the option's number
/// (0 for none, 1 for the first option) in <see cref="PostingCode.Alphabet"/> digits of a fixed width.
/// The browser counts the options of any set of results from these columns, without the entries' documents.
/// </summary>
internal static class FacetColumns
{
    /// <summary>Writes <c>"values": [...], "w": width, "col": "..."</c> into the facet's object.</summary>
    public static void Write(Utf8JsonWriter json, IReadOnlyList<Entries.Innovation> entries, SearchFacet facet)
    {
        var values = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var column = new int[entries.Count];
        for (var d = 0; d < entries.Count; d++)
        {
            if (SearchFacets.ValueOf(entries[d], facet) is not { } value) continue;
            if (!numbers.TryGetValue(value, out var number))
            {
                values.Add(value);
                numbers[value] = number = values.Count;
            }
            column[d] = number;
        }
        var width = 1;
        for (var most = 64; most <= values.Count; most *= 64) width++;
        var text = new StringBuilder(entries.Count * width);
        foreach (var number in column)
            for (var digit = width - 1; digit >= 0; digit--) text.Append(PostingCode.Alphabet[number >> (6 * digit) & 63]);
        json.WriteStartArray("values");
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
        json.WriteNumber("w", width);
        json.WriteString("col", text.ToString());
    }
}
