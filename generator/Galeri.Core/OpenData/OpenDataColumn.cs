namespace Galeri.OpenData;

/// <summary>
/// One column of <c>data/inovasi.csv</c> and its Table Schema field: a name (the field's key, Indonesian,
/// as staff write it), the Table Schema type and constraints, and how a row's cell is written.
/// </summary>
/// <param name="Type">A Table Schema type: string, integer, number, boolean, date, year.</param>
/// <param name="Format">A Table Schema format (uri, email), or null for the default.</param>
/// <param name="Allowed">The only values the column takes (an enum constraint), or empty.</param>
/// <param name="Cell">The cell's text for one entry ("" when the entry has no value).</param>
internal sealed record OpenDataColumn(
    string Name,
    string Description,
    string Type,
    string? Format,
    bool Required,
    IReadOnlyList<string> Allowed,
    Func<OpenDataRow, string> Cell);
