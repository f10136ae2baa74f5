namespace Galeri.Model;

/// <summary>
/// One kind of content file and its declared fields: what <c>galeri schema --jenis</c> names, what
/// content/README.md's field table for it is written from.
/// </summary>
/// <param name="Key">The name staff use for it (<c>galeri schema --jenis kunjungan</c>).</param>
/// <param name="Title">Its name in the schema's title.</param>
/// <param name="Shape">Its fields: a group for a file of fields, a list of groups for a file that is a list (opd.yml, urusan.yml).</param>
/// <param name="Declaration">The file in Model/ that declares it, named in the guide's table marker.</param>
internal sealed record ContentType(string Key, string Title, Field Shape, string Declaration)
{
    /// <summary>The fields one item has: the file's own, or each list item's.</summary>
    public IReadOnlyList<Field> Fields => Shape.Type == FieldType.List ? Shape.Item!.Fields : Shape.Fields;

    /// <summary>Whether the file is a list of items rather than one map of fields.</summary>
    public bool IsList => Shape.Type == FieldType.List;
}
