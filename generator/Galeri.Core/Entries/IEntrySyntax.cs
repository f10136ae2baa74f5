using Galeri.Diagnostics;
using Galeri.Entries.Sections;
using Galeri.Yaml;

namespace Galeri.Entries;

/// <summary>
/// The two readings of an entry file that cost most of its parse: its front matter as a YAML tree
/// and its body as sections. <see cref="InnovationParser"/> reads through this, so a build can give
/// it readings it kept (see <c>Incremental/SyntaxStore</c>); <see cref="EntrySyntax.Direct"/> reads.
/// Each must give what <see cref="YamlTreeReader.ReadMap"/> and <see cref="BodySectionSplitter.Split"/>
/// give for the same arguments, messages included.
/// </summary>
internal interface IEntrySyntax
{
    YamlMap? ReadMap(string text, string file, int lineOffset, DiagnosticBag diagnostics, string firstRequiredField);

    IReadOnlyList<BodySection> Split(string body, int lineOffset, string file, DiagnosticBag diagnostics, Func<string, string, string?>? pictures);
}
