using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Markdown;
using Galeri.Text;
using Galeri.Yaml;

namespace Galeri.FreePages;

public static class FreePageParser
{
    public static readonly IReadOnlyList<string> Fields = ["judul", "deskripsi", "urutan"];

    public static FreePage? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var slug = Path.GetFileNameWithoutExtension(file.RelativePath);
        if (!Slugs.IsValid(slug))
            diagnostics.Error(file.DisplayPath, SourcePosition.Start, "", "slug-format", slug, Slugs.From(slug));
        var frontMatter = FrontMatter.Split(file, diagnostics);
        if (frontMatter is null) return null;
        var map = YamlTreeReader.ReadMap(frontMatter.Yaml, file.DisplayPath, frontMatter.YamlLineOffset, diagnostics, "judul");
        if (map is null) return null;
        var fields = new FieldReader(map, file.DisplayPath, diagnostics);
        fields.RejectUnknownKeys(Fields);
        var title = fields.Text("judul", required: true);
        var description = fields.Text("deskripsi");
        var order = fields.Integer("urutan", -1000, 1000);

        var document = MarkdownRenderer.Parse(frontMatter.Body, file.DisplayPath, frontMatter.BodyLineOffset, diagnostics);
        return title is null || document is null ? null : new FreePage(slug, file, title, description, order, MarkdownRenderer.Render(document));
    }
}
