using Galeri.Content;
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

    private static LunrDocument Make(Entries.Innovation entry, Opds.Opd? opd, Urusan.UrusanItem? urusan) =>
        new(entry.Slug,
        [
            entry.Name,
            entry.Acronym ?? "",
            string.Join("\n", entry.Tags),
            entry.Summary,
            opd is null ? "" : $"{opd.Name} {opd.ShortName}",
            urusan?.Name ?? "",
            string.Join("\n", entry.Sections.Select(s => s.Title + "\n" + HtmlText.Of(s.Html))),
        ]);
}
