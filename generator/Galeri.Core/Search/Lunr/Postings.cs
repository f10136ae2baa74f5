namespace Galeri.Search.Lunr;

/// <summary>Per field, one flat array of document numbers; a term's documents are <see cref="Range"/> of it.</summary>
internal sealed record Postings(int[][] Starts, int[][] Documents)
{
    public (int Start, int End) Range(int field, int term) => (Starts[field][term], Starts[field][term + 1]);
}
