using System.Text.Encodings.Web;
using System.Text.Json;
using Galeri.Rendering;
using Galeri.Search.Facets;

namespace Galeri.Search;

/// <summary>
/// What a result shows and what the filters need, kept out of the index (which holds no display
/// text). The store declares its own shape, so the browser agrees with it by name, not by position:
/// <c>keys</c> maps each shown field to its short key in the documents; <c>facets</c> lists the
/// filters (<see cref="SearchFacets"/>), each stored in the documents under its own key;
/// <c>labels</c> holds each facet's option labels once; <c>fields</c> names the searched fields for
/// the "why it matched" line; <c>synonyms</c> are Balitbang's groups (<see cref="Synonyms.SynonymList"/>).
/// </summary>
internal static class SearchStore
{
    /// <summary>Shown fields and their short keys in each document (they repeat 10,000 times).</summary>
    public static IReadOnlyList<(string Name, string Key)> Keys { get; } =
        [("id", "id"), ("url", "u"), ("nama", "n"), ("akronim", "a"), ("ringkasan", "r"), ("gambar", "g"),
         ("opd", "opd"), ("status", "status"), ("tahun", SearchFacets.YearKey)];

    /// <summary>The part every search loads first (<c>assets/search/meta.js</c>).</summary>
    public const string MetaPart = "meta";

    /// <summary>
    /// What the page needs before any query: the store's shape, the facets with their columns
    /// (<see cref="Parts.FacetColumns"/>), the labels, the searched fields, the synonyms, how many
    /// entries there are and how they are split (<see cref="Parts.DocumentChunks"/>, the shard keys of
    /// <see cref="Parts.ShardPlan"/>). The entries' own documents are in the chunks.
    /// </summary>
    /// <param name="entries">The entries in entry number order (by name).</param>
    /// <param name="shardKeys">The index's shard keys, in ordinal order.</param>
    public static byte[] Meta(SiteModel site, IReadOnlyList<Entries.Innovation> entries, IReadOnlyList<string> shardKeys)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 3);
            json.WriteNumber("n", entries.Count);
            json.WriteNumber("chunk", Parts.DocumentChunks.Size);
            json.WriteStartObject("keys");
            foreach (var (name, key) in Keys) json.WriteString(name, key);
            json.WriteEndObject();
            WriteFacets(json, site, entries);
            json.WriteStartObject("fields");
            foreach (var field in SearchFields.All) json.WriteString(field.Name, site.Strings.Get("cari.bidang." + field.Name));
            json.WriteEndObject();
            json.WriteStartArray("head");
            foreach (var field in SearchFields.All.Where(f => f.Name != SearchFields.Body)) json.WriteStringValue(field.Name);
            json.WriteEndArray();
            site.Content.Synonyms.WriteJson(json, "synonyms", Analysis.IndonesianAnalyzer.Analyze);
            json.WriteStartArray("shards");
            foreach (var key in shardKeys) json.WriteStringValue(key);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void WriteFacets(Utf8JsonWriter json, SiteModel site, IReadOnlyList<Entries.Innovation> entries)
    {
        json.WriteStartArray("facets");
        var columns = Parts.FacetColumns.Of(entries, SearchFacets.All);
        for (var f = 0; f < SearchFacets.All.Count; f++)
        {
            json.WriteStartObject();
            json.WriteString("key", SearchFacets.All[f].Key);
            json.WriteString("order", SearchFacets.All[f].Order);
            Parts.FacetColumns.Write(json, columns[f]);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("labels");
        foreach (var facet in SearchFacets.All)
        {
            Labels(json, facet.Key, LabelsOf(site, facet));
        }
        Labels(json, "opd_nama", site.Content.Opds.Select(o => (o.Code, o.Name)));
        json.WriteEndObject();
    }

    /// <summary>A facet's options and their labels: code lists from content/, choices and yes/no facts from the UI strings.</summary>
    private static IEnumerable<(string Code, string Label)> LabelsOf(SiteModel site, SearchFacet facet) => facet.Kind switch
    {
        SearchFacetKind.Code => Model.InnovationFields.Get(facet.Key).CodeList switch
        {
            "opd" => site.Content.Opds.Select(o => (o.Code, o.ShortName)),
            "urusan" => site.Content.Urusan.Select(u => (u.Code, u.Name)),
            var list => throw new InvalidOperationException($"No labels for the code list {list}."),
        },
        SearchFacetKind.Choice => Model.InnovationFields.Get(facet.Key).Values.Select(code => (code, site.Strings.Label(facet.Key, code))),
        SearchFacetKind.Flag => [(SearchFacets.FlagValue, site.Strings.Get("cari.faset_ya." + facet.Key))],
        _ => [],
    };

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One entry's document: its shown fields under <see cref="Keys"/>, then its facet options under the facets' keys.</summary>
    public static byte[] Fragment(Entries.Innovation entry, EntryCard card)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", card.Slug);
            json.WriteString("u", card.Url);
            json.WriteString("n", card.Name);
            if (card.Acronym is { } acronym) json.WriteString("a", acronym);
            json.WriteString("r", card.Summary);
            // A photo's smallest resized file: the result list shows it as a small thumbnail.
            if (card.Image is { } image) json.WriteString("g", image.Jpeg.Count > 0 ? image.Jpeg[0].Url : image.Url);
            foreach (var facet in SearchFacets.All)
                if (SearchFacets.ValueOf(entry, facet) is { } value) json.WriteString(facet.Key, value);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Labels(Utf8JsonWriter json, string name, IEnumerable<(string Code, string Label)> labels)
    {
        json.WriteStartObject(name);
        foreach (var (code, label) in labels) json.WriteString(code, label);
        json.WriteEndObject();
    }
}
