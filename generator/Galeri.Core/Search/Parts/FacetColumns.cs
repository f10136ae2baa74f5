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
    /// <summary>
    /// Every facet's column, read entry by entry: each entry is visited once for all facets, not once
    /// per facet (at 50,000 entries each pass over them ran from main memory).
    /// </summary>
    /// <returns>By facet: its options in order of first use, and each entry's option number.</returns>
    public static (List<string> Values, int[] Numbers)[] Of(IReadOnlyList<Entries.Innovation> entries, IReadOnlyList<SearchFacet> facets)
    {
        var columns = new (List<string> Values, int[] Numbers)[facets.Count];
        var numbers = new Dictionary<string, int>[facets.Count];
        for (var f = 0; f < facets.Count; f++)
        {
            columns[f] = ([], new int[entries.Count]);
            numbers[f] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        for (var d = 0; d < entries.Count; d++)
            for (var f = 0; f < facets.Count; f++)
            {
                if (SearchFacets.ValueOf(entries[d], facets[f]) is not { } value) continue;
                if (!numbers[f].TryGetValue(value, out var number))
                {
                    columns[f].Values.Add(value);
                    numbers[f][value] = number = columns[f].Values.Count;
                }
                columns[f].Numbers[d] = number;
            }
        return columns;
    }

    /// <summary>Writes <c>"values": [...], "w": width, "col": "..."</c> into the facet's object.</summary>
    public static void Write(Utf8JsonWriter json, (List<string> Values, int[] Numbers) column)
    {
        var (values, numbers) = column;
        var width = 1;
        for (var most = 64; most <= values.Count; most *= 64) width++;
        var text = new StringBuilder(numbers.Length * width);
        foreach (var number in numbers)
            for (var digit = width - 1; digit >= 0; digit--) text.Append(PostingCode.Alphabet[number >> (6 * digit) & 63]);
        json.WriteStartArray("values");
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
        json.WriteNumber("w", width);
        json.WriteString("col", text.ToString());
    }
}
