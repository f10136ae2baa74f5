using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Text;
using Galeri.Yaml;

namespace Galeri.Visits;

/// <summary>
/// Turns <c>kunjungan/&lt;id&gt;.yml</c> into a <see cref="Visit"/>: keys, types and what is required come
/// from <see cref="VisitFields"/>; fields without typed code below are read by their type alone
/// (<see cref="Visit.Values"/>). Whether the host OPD and the innovations exist is the validator's question.
/// </summary>
internal static class VisitParser
{
    private static readonly Field Shape = VisitFields.Visit;

    public static Visit? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var id = Path.GetFileNameWithoutExtension(file.RelativePath);
        if (!Slugs.IsValid(id))
            diagnostics.Error(file.DisplayPath, SourcePosition.Start, "", "slug-format", id, Slugs.From(id));
        var map = YamlTreeReader.ReadMap(file.Text, file.DisplayPath, 0, diagnostics, "tanggal");
        if (map is null) return null;
        var fields = new FieldReader(map, file.DisplayPath, diagnostics);
        fields.RejectUnknownKeys(Shape);
        var date = fields.Date(Shape, "tanggal");
        var agency = fields.Text(Shape, "instansi");
        var visit = new Visit(
            id, file, date ?? default, agency ?? "",
            fields.Text(Shape, "daerah"),
            fields.Text(Shape, "tuan_rumah"),
            fields.TextList(Shape, "topik"),
            fields.Codes(Shape, "inovasi"),
            fields.Text(Shape, "ringkasan"),
            map.Entries.ToDictionary(e => e.Key.Value, e => e.Key.Position, StringComparer.Ordinal))
        {
            Values = fields.Untyped(Shape),
        };
        return date is null || agency is null ? null : visit;
    }
}
