using System.Collections;
using System.Globalization;
using Galeri.Content;
using Galeri.Entries;
using Galeri.Search.Lunr;

namespace Galeri.Search;

/// <summary>Each entry as a search document, its field texts in <see cref="SearchFields"/> order; the reference is the slug.</summary>
public static class SearchDocuments
{
    /// <param name="memo">Documents of unchanged entries, kept from an earlier build.</param>
    public static IReadOnlyList<LunrDocument> Of(SiteContent content, SearchMemo? memo = null) =>
        content.Innovations.AsParallel().AsOrdered().Select(entry =>
        {
            var opd = content.OpdByCode.GetValueOrDefault(entry.OpdCode);
            var urusan = entry.UrusanCode is { } code ? content.UrusanByCode.GetValueOrDefault(code) : null;
            return memo is null ? Make(entry, opd, urusan) : memo.DocumentOf(entry, opd, urusan, () => Make(entry, opd, urusan));
        }).ToList();

    private static LunrDocument Make(Innovation entry, Opds.Opd? opd, Urusan.UrusanItem? urusan) =>
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
        _ => Written(entry.Values.GetValueOrDefault(field)),
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
