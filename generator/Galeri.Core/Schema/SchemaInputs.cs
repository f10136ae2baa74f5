using Galeri.Content;
using Galeri.Model;

namespace Galeri.Schema;

/// <summary>
/// Everything a content type's JSON Schema is made from besides its declared fields: the site's title,
/// the address it is published at, and the codes of the lists its fields name (<see cref="Field.CodeList"/>),
/// no more. <see cref="ContentSchema.Write"/> reads only these, so a build may reuse last build's schema
/// while they are equal (<see cref="Incremental.ModelMemo"/> compares them member by member).
/// </summary>
internal sealed record SchemaInputs(string SiteTitle, string? Id, IReadOnlyList<CodeChoice> Codes)
{
    public static SchemaInputs Of(ContentType type, SiteContent content) => new(
        content.Site.Title,
        type == ContentTypes.Innovation ? content.Site.AbsoluteUrl(InnovationSchema.SitePath) : null,
        [.. ListsNamedBy(type.Shape).Distinct(StringComparer.Ordinal).SelectMany(list => Choices(list, content))]);

    private static IEnumerable<string> ListsNamedBy(Field field)
    {
        if (field.CodeList is { } list) yield return list;
        foreach (var inner in field.Fields.Append(field.Item).OfType<Field>())
            foreach (var named in ListsNamedBy(inner)) yield return named;
    }

    private static IEnumerable<CodeChoice> Choices(string list, SiteContent content) => list switch
    {
        CodeLists.Opd => content.Opds.Select(o => new CodeChoice(list, o.Code, $"{o.ShortName} — {o.Name}")),
        CodeLists.Urusan => content.Urusan.Select(u => new CodeChoice(list, u.Code, u.Name)),
        CodeLists.Innovation => content.EntryFolders.Order(StringComparer.Ordinal)
            .Select(slug => new CodeChoice(list, slug, content.InnovationBySlug.GetValueOrDefault(slug)?.Name ?? slug)),
        _ => throw new InvalidOperationException($"no code list {list}"),
    };
}
