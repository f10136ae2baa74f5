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
    public static IReadOnlyList<OutputFile> Write(SiteModel site, IReadOnlyList<Entries.Innovation> entries, Func<Entries.Innovation, EntryCard, byte[]> fragmentOf)
    {
        var files = new OutputFile[(entries.Count + Size - 1) / Size];
        Parallel.For(0, files.Length, c =>
        {
            using var buffer = new MemoryStream();
            buffer.WriteByte((byte)'[');
            for (var d = c * Size; d < Math.Min(entries.Count, (c + 1) * Size); d++)
            {
                if (d > c * Size) buffer.WriteByte((byte)',');
                buffer.Write(fragmentOf(entries[d], site.Card(entries[d])));
            }
            buffer.WriteByte((byte)']');
            files[c] = new OutputFile(PartScript.PathOf(PartOf(c)), PartScript.Of(PartOf(c), buffer.ToArray()), null);
        });
        return files;
    }
}
