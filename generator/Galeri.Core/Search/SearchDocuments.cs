using System.Collections;
using System.Globalization;
using Galeri.Content;
using Galeri.Entries;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>
/// Each entry as a search document, its field texts in <see cref="SearchFields"/> order; the reference is the slug.
/// Documents are made one at a time and dropped once analysed: their texts (the body's plain text among them)
/// took about 0.5 GB for 50,000 entries when all were held at once.
/// </summary>
internal static class SearchDocuments
{
    /// <summary>The document of the entry at position <paramref name="index"/> of the catalog.</summary>
    public static LunrDocument Of(SiteContent content, int index)
    {
        var entry = content.Innovations[index];
        return Of(entry, OpdOf(content, entry), UrusanOf(content, entry));
    }

    public static Opds.Opd? OpdOf(SiteContent content, Innovation entry) => content.OpdByCode.GetValueOrDefault(entry.OpdCode);

    public static Urusan.UrusanItem? UrusanOf(SiteContent content, Innovation entry) =>
        entry.UrusanCode is { } code ? content.UrusanByCode.GetValueOrDefault(code) : null;

    /// <summary>One entry's document: all it depends on besides the entry is its OPD and urusan (their names are searched).</summary>
    public static LunrDocument Of(Innovation entry, Opds.Opd? opd, Urusan.UrusanItem? urusan) =>
        new(entry.Slug, [.. SearchFields.All.Select(field => TextOf(field.Name, entry, opd, urusan))]);

    /// <summary>What a field contributes: codes searched by the names they stand for, fields without typed code as written.</summary>
    private static string TextOf(string field, Innovation entry, Opds.Opd? opd, Urusan.UrusanItem? urusan) => field switch
    {
        "nama" => entry.Name,
        "akronim" => entry.Acronym ?? "",
        "tag" => string.Join("\n", entry.Tags),
        "ringkasan" => entry.Summary,
        "opd" => opd is null ? "" : $"{opd.Name} {opd.ShortName}",
        "urusan" => urusan?.Name ?? "",
        SearchFields.Body => string.Join("\n", entry.Sections.Select(s => s.Title + "\n" + HtmlText.Of(s.Html))),
        _ => Written(EntryFieldValues.Of(entry, field)),
    };

    private static string Written(object? value) => value switch
    {
        null => "",
        string text => text,
        IDictionary group => string.Join("\n", group.Values.Cast<object?>().Select(Written)),
        IEnumerable items => string.Join("\n", items.Cast<object?>().Select(Written)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
