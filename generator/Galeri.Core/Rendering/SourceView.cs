namespace Galeri.Rendering;

/// <summary>One resized file of a photo, for a srcset: its site path and width.</summary>
internal sealed record SourceView(string Url, int Width);
