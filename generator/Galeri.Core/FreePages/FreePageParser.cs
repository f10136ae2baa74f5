using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Markdown;
using Galeri.Model;
using Galeri.Text;
using Galeri.Yaml;

namespace Galeri.FreePages;

/// <summary>Reads <c>halaman/&lt;slug&gt;.md</c>: keys, types and what is required come from <see cref="FreePageFields"/>.</summary>
internal static class FreePageParser
{
    private static readonly Field Shape = FreePageFields.Page;

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
        fields.RejectUnknownKeys(Shape);
        var title = fields.Text(Shape, "judul");
        var description = fields.Text(Shape, "deskripsi");
        var order = fields.Integer(Shape, "urutan");

        var document = MarkdownRenderer.Parse(frontMatter.Body, file.DisplayPath, frontMatter.BodyLineOffset, diagnostics);
        return title is null || document is null ? null : new FreePage(slug, file, title, description, order, MarkdownRenderer.Render(document));
    }
}
