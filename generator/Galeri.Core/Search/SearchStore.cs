using System.Text.Encodings.Web;
using System.Text.Json;
using Galeri.Rendering;

namespace Galeri.Search;

/// <summary>
/// What a result shows and what the filters need, kept out of the index (which holds no display
/// text): per entry its address, name, acronym, summary, OPD, urusan, year, jenis, tahapan, status
/// and thumbnail, with short keys; the labels of every code once, not per entry.
/// </summary>
public static class SearchStore
{
    public static byte[] Write(SiteModel site)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteStartArray("docs");
            foreach (var entry in site.Content.Innovations)
                json.WriteRawValue(site.Session.Search.StoreFragmentOf(site.Card(entry), card => Fragment(entry, card)), skipInputValidation: true);
            json.WriteEndArray();

            json.WriteStartObject("labels");
            Labels(json, "opd", site.Content.Opds.Select(o => (o.Code, o.ShortName)));
            Labels(json, "opd_nama", site.Content.Opds.Select(o => (o.Code, o.Name)));
            Labels(json, "urusan", site.Content.Urusan.Select(u => (u.Code, u.Name)));
            foreach (var group in new[] { ("jenis", Entries.Vocabulary.Jenis), ("tahapan", Entries.Vocabulary.Tahapan), ("status", Entries.Vocabulary.Status) })
                Labels(json, group.Item1, group.Item2.Select(code => (code, site.Strings.Label(group.Item1, code))));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] Fragment(Entries.Innovation entry, EntryCard card)
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
            json.WriteString("o", entry.OpdCode);
            if (entry.UrusanCode is { } urusan) json.WriteString("ur", urusan);
            if (card.Year is { } year) json.WriteNumber("y", year);
            if (entry.Jenis is { } jenis) json.WriteString("j", jenis);
            if (entry.Tahapan is { } tahapan) json.WriteString("t", tahapan);
            if (entry.Status is { } status) json.WriteString("s", status);
            if (card.Image is { } image) json.WriteString("g", image.Url);
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
