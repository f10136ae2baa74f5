using Galeri.Diagnostics;
using Galeri.Entries.Sections;
using Galeri.Yaml;

namespace Galeri.Entries;

/// <summary>An entry file read as it is: the YAML reader and the body splitter themselves.</summary>
internal sealed class EntrySyntax : IEntrySyntax
{
    public static EntrySyntax Direct { get; } = new();

    private EntrySyntax()
    {
    }

    public YamlMap? ReadMap(string text, string file, int lineOffset, DiagnosticBag diagnostics, string firstRequiredField) =>
        YamlTreeReader.ReadMap(text, file, lineOffset, diagnostics, firstRequiredField);

    public IReadOnlyList<BodySection> Split(string body, int lineOffset, string file, DiagnosticBag diagnostics, Func<string, string, string?>? pictures) =>
        BodySectionSplitter.Split(body, lineOffset, file, diagnostics, pictures);
}
