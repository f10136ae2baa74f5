namespace Galeri.Entries.Sections;

/// <summary>A level-2 section of an entry's body, rendered to HTML.</summary>
/// <param name="Kind">The standard section it is, or null for a section the writer added.</param>
/// <param name="Id">The HTML id used for in-page links.</param>
internal sealed record BodySection(SectionKind? Kind, string Title, string Id, string Html, int Line);
