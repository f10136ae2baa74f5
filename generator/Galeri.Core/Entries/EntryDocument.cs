using Galeri.Diagnostics;

namespace Galeri.Entries;

/// <summary>A document a delegation can take home (<c>dokumen</c>): an SOP, a technical guide, a template; a file in the entry folder or a link.</summary>
/// <param name="File">A file in the entry folder, as written (checked by <see cref="DocumentRules"/>).</param>
/// <param name="Position">Where <c>berkas</c> was written (else the item), for messages about its file.</param>
/// <param name="FieldName">The field as messages name it: "dokumen[2].berkas".</param>
internal sealed record EntryDocument(string Title, string? File, string? Url, SourcePosition Position, string FieldName);
