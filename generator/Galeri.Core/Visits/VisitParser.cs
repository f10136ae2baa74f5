using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Text;
using Galeri.Yaml;

namespace Galeri.Visits;

public static class VisitParser
{
    public static readonly IReadOnlyList<string> Fields = ["tanggal", "instansi", "daerah", "tuan_rumah", "topik", "inovasi", "ringkasan"];

    public static Visit? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var id = Path.GetFileNameWithoutExtension(file.RelativePath);
        if (!Slugs.IsValid(id))
            diagnostics.Error(file.DisplayPath, SourcePosition.Start, "", "slug-format", id, Slugs.From(id));
        var map = YamlTreeReader.ReadMap(file.Text, file.DisplayPath, 0, diagnostics, "tanggal");
        if (map is null) return null;
        var fields = new FieldReader(map, file.DisplayPath, diagnostics);
        fields.RejectUnknownKeys(Fields);
        var date = fields.Date("tanggal", required: true);
        var agency = fields.Text("instansi", required: true);
        var visit = new Visit(
            id, file, date ?? default, agency ?? "",
            fields.Text("daerah"),
            fields.Text("tuan_rumah"),
            fields.TextList("topik").Select(t => t.Value).ToList(),
            fields.TextList("inovasi"),
            fields.Text("ringkasan"),
            map.Entries.ToDictionary(e => e.Key.Value, e => e.Key.Position, StringComparer.Ordinal));
        return date is null || agency is null ? null : visit;
    }
}
