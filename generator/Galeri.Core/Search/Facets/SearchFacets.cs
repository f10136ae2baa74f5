using System.Collections;
using Galeri.Entries;
using Galeri.Model;

namespace Galeri.Search.Facets;

/// <summary>
/// The search page's filters, derived from the content model: every field declared
/// <see cref="Field.Facet"/> (nested ones too, such as <c>replikasi.dapat_direplikasi</c>), in the
/// model's order, then the entry's year, which the catalog also browses by. The browser reads this
/// list from the store (<see cref="SearchStore"/>) and the page's fieldsets come from it too, so a
/// new facet is one flag in the model.
/// </summary>
internal static class SearchFacets
{
    public const string YearKey = "tahun";
    public const string FlagValue = "ya";

    public static IReadOnlyList<SearchFacet> All { get; } = [.. Declared(InnovationFields.All, []), new(YearKey, [], SearchFacetKind.Year, "desc")];

    private static IEnumerable<SearchFacet> Declared(IReadOnlyList<Field> fields, IReadOnlyList<string> parent)
    {
        foreach (var field in fields)
        {
            IReadOnlyList<string> path = [.. parent, field.Key];
            if (field.Facet) yield return new(field.Key, path, KindOf(field), field.Type == FieldType.Code ? "label" : "store");
            foreach (var nested in Declared(field.Fields, path)) yield return nested;
        }
    }

    private static SearchFacetKind KindOf(Field field) => field.Type switch
    {
        FieldType.Code => SearchFacetKind.Code,
        FieldType.Choice => SearchFacetKind.Choice,
        FieldType.Boolean or FieldType.List => SearchFacetKind.Flag,
        _ => throw new InvalidOperationException($"Field {field.Key} is declared a facet, but a {field.Type} field cannot be one."),
    };

    /// <returns>The entry's option for the facet, or null when it has none.</returns>
    public static string? ValueOf(Innovation entry, SearchFacet facet)
    {
        if (facet.Kind == SearchFacetKind.Year) return entry.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var value = EntryFieldValues.Of(entry, facet.Path);
        return facet.Kind switch
        {
            SearchFacetKind.Flag => value switch
            {
                true => FlagValue,
                string => null,
                IEnumerable items when items.GetEnumerator().MoveNext() => FlagValue,
                _ => null,
            },
            _ => value as string,
        };
    }
}
