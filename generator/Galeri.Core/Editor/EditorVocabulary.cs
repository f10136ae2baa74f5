using Galeri.Theming;

namespace Galeri.Editor;

/// <summary>
/// What the editor's selects offer, read when the site is built: the labels of every closed
/// vocabulary from the theme's strings (<c>tahapan.uji_coba</c> → "Uji Coba"), and the codes of the
/// lists in content/ (OPD, urusan, innovation folders) with their names.
/// </summary>
/// <param name="Codes">Options by <see cref="Model.Field.CodeList"/>: "opd", "urusan", "inovasi".</param>
internal sealed record EditorVocabulary(Strings Strings, IReadOnlyDictionary<string, IReadOnlyList<EditorOption>> Codes)
{
    public IReadOnlyList<EditorOption> CodesOf(string list) => Codes.TryGetValue(list, out var options) ? options : [];
}

/// <summary>One option of a select: the code written to the file and the text the writer picks.</summary>
internal sealed record EditorOption(string Value, string Label);
