namespace Galeri.Entries;

/// <summary>The <c>tautan</c> of an entry: the live service, a video, a document.</summary>
internal sealed record EntryLinks(string? Service, string? Video, string? Document)
{
    public static readonly EntryLinks None = new(null, null, null);
}
