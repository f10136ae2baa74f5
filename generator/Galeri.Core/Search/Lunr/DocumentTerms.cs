namespace Galeri.Search.Lunr;

/// <summary>
/// A document's analysed terms, per field: the distinct term ids in order of first appearance
/// (that order is all lunr's term numbering needs), each one's count, and the field's length in terms.
/// </summary>
internal sealed record DocumentTerms(IReadOnlyList<FieldTerms> Fields);

/// <param name="Ids">Distinct term ids (<see cref="TermTable"/>), in order of first appearance.</param>
/// <param name="Counts">How often each of <paramref name="Ids"/> occurs.</param>
/// <param name="Length">All terms of the field, repeats included (lunr's field length).</param>
internal sealed record FieldTerms(int[] Ids, int[] Counts, int Length);
