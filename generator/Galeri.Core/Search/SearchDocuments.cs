using System.Collections;
using System.Globalization;
using Galeri.Content;
using Galeri.Entries;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>Each entry as a search document, its field texts in <see cref="SearchFields"/> order; the reference is the slug.</summary>
internal static class SearchDocuments
{
    /// <summary>
    /// Every entry's document, each made when asked for: the search phase analyses them one by one, so a
    /// document's texts (the body's plain text among them, about 0.5 GB for 50,000 entries) live only
    /// while it is analysed.
    /// </summary>
    public static IReadOnlyList<LunrDocument> Of(SiteContent content) =>
        new Rendering.LazyList<LunrDocument>(content.Innovations.Count, i => Of(content.Innovations[i], OpdOf(content, content.Innovations[i]), UrusanOf(content, content.Innovations[i])));

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
