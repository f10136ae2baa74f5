using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Yaml;

namespace Galeri.Urusan;

/// <summary>Reads <c>referensi/urusan.yml</c>: each item's keys, types and what is required come from <see cref="UrusanFields"/>.</summary>
internal static class UrusanListParser
{
    private static readonly Field Shape = UrusanFields.List.Item!;

    public static IReadOnlyList<UrusanItem>? Parse(SourceFile? file, DiagnosticBag diagnostics) =>
        CodeListReader.Read(file, diagnostics, Shape, (item, code) =>
        {
            var name = item.Text(Shape, "nama");
            var group = item.Text(Shape, "kelompok");
            return name is null ? null : new UrusanItem(code, name, group);
        });
}
