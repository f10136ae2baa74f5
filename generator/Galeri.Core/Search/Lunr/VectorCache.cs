using System.Runtime.CompilerServices;

namespace Galeri.Search.Lunr;

/// <summary>
/// Each document's written field vectors, kept between rebuilds of <c>galeri serve</c>. A vector's
/// bytes depend on the document's terms (the same <see cref="DocumentTerms"/> object while the entry
/// is unchanged), the number of documents, the field's average length, and each of its terms'
/// number and document count; when all of those are as before, the old bytes are written again
/// instead of computing, sorting and formatting the scores. One edit changes few of them.
/// </summary>
internal sealed class VectorCache
{
    private readonly ConditionalWeakTable<DocumentTerms, Written?[]> _vectors = new();

    internal Written? Get(DocumentTerms document, int field) =>
        _vectors.TryGetValue(document, out var fields) && field < fields.Length ? fields[field] : null;

    internal void Set(DocumentTerms document, int field, Written written) =>
        _vectors.GetValue(document, d => new Written?[d.Fields.Count])[field] = written;

    /// <param name="Stamps">Per term of the field, in order: its number in the index, then its document count.</param>
    internal sealed record Written(int DocumentCount, double AverageLength, int[] Stamps, byte[] Bytes);
}
