using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Urusan;

public static class UrusanListParser
{
    public static readonly IReadOnlyList<string> Fields = ["kode", "nama", "kelompok"];

    public static IReadOnlyList<UrusanItem>? Parse(SourceFile? file, DiagnosticBag diagnostics) =>
        CodeListReader.Read(file, diagnostics, Fields, (item, code) =>
        {
            var name = item.Text("nama", required: true);
            var group = item.Text("kelompok");
            return name is null ? null : new UrusanItem(code, name, group);
        });
}
