using Galeri.Diagnostics;

namespace Galeri.Entries;

/// <summary>A regulation the innovation rests on (<c>dasar_hukum</c>): a Perda, a Perwal, a decree; with a link to its text or a copy in the entry folder.</summary>
/// <param name="Kind">One of <see cref="StudiTiruVocabulary.LegalKinds"/>.</param>
/// <param name="File">A file in the entry folder, as written (checked by <see cref="DocumentRules"/>).</param>
/// <param name="Position">Where <c>berkas</c> was written (else the item), for messages about its file.</param>
/// <param name="FieldName">The field as messages name it: "dokumen[2].berkas".</param>
internal sealed record LegalBasis(string Kind, string Number, int Year, string Title, string? Url, string? File, SourcePosition Position, string FieldName);
