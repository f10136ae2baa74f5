using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.Search.Parts;

/// <summary>
/// What a result shows, <see cref="Size"/> entries to a file (<c>assets/search/d/N.js</c>, a JSON array
/// of <see cref="SearchStore.Fragment"/> documents), in entry number order: a page of results loads only
/// the files of the entries it draws.
/// </summary>
internal static class DocumentChunks
{
    public const int Size = 32;

    public static string PartOf(int chunk) => "d/" + chunk.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="entries">The entries in entry number order.</param>
    /// <param name="chunk">Given a chunk's number, its fragments and how to make its file, the file (see <see cref="SearchInputs.Chunk"/>); null makes each.</param>
    public static IReadOnlyList<OutputFile> Write(SiteModel site, IReadOnlyList<Entries.Innovation> entries, Func<Entries.Innovation, EntryCard, byte[]> fragmentOf,
        Func<int, byte[][], Func<OutputFile>, OutputFile>? chunk = null)
    {
        var files = new OutputFile[(entries.Count + Size - 1) / Size];
        Parallel.For(0, files.Length, c =>
        {
            var fragments = new byte[Math.Min(entries.Count, (c + 1) * Size) - c * Size][];
            for (var d = 0; d < fragments.Length; d++) fragments[d] = fragmentOf(entries[c * Size + d], site.Card(entries[c * Size + d]));
            OutputFile Make() => new(PartScript.PathOf(PartOf(c)), PartScript.Of(PartOf(c), Json(fragments)), null);
            files[c] = chunk is null ? Make() : chunk(c, fragments, Make);
        });
        return files;
    }

    /// <summary>The fragments as one JSON array.</summary>
    private static byte[] Json(byte[][] fragments)
    {
        var json = new byte[2 + fragments.Sum(f => f.Length) + Math.Max(0, fragments.Length - 1)];
        json[0] = (byte)'[';
        var at = 1;
        for (var d = 0; d < fragments.Length; d++)
        {
            if (d > 0) json[at++] = (byte)',';
            fragments[d].CopyTo(json, at);
            at += fragments[d].Length;
        }
        json[at] = (byte)']';
        return json;
    }
}
