using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Yaml;

namespace Galeri.Opds;

/// <summary>Reads <c>opd.yml</c>: each item's keys, types and what is required come from <see cref="OpdFields"/>.</summary>
internal static class OpdListParser
{
    private static readonly Field Shape = OpdFields.List.Item!;

    public static IReadOnlyList<Opd>? Parse(SourceFile? file, DiagnosticBag diagnostics) =>
        CodeListReader.Read(file, diagnostics, Shape, (item, code) =>
        {
            var name = item.Text(Shape, "nama");
            var shortName = item.Text(Shape, "singkatan");
            var website = item.Url(Shape, "situs");
            return name is null ? null : new Opd(code, name, shortName ?? name, website);
        });
}
