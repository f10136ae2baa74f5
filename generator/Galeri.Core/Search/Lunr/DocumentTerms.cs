namespace Galeri.Search.Lunr;

/// <summary>A document's analysed terms: per field, each term's count (in order of first appearance) and the field's length in terms.</summary>
public sealed record DocumentTerms(IReadOnlyList<Dictionary<string, int>> Frequencies, IReadOnlyList<int> Lengths);
