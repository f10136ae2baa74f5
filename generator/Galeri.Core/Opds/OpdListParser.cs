using Galeri.Content;
using Galeri.Diagnostics;

namespace Galeri.Opds;

public static class OpdListParser
{
    public static readonly IReadOnlyList<string> Fields = ["kode", "nama", "singkatan", "situs"];

    public static IReadOnlyList<Opd>? Parse(SourceFile? file, DiagnosticBag diagnostics) =>
        CodeListReader.Read(file, diagnostics, Fields, (item, code) =>
        {
            var name = item.Text("nama", required: true);
            var shortName = item.Text("singkatan");
            var website = item.Url("situs");
            return name is null ? null : new Opd(code, name, shortName ?? name, website);
        });
}
