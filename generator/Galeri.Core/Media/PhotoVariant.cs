namespace Galeri.Media;

/// <summary>One published file made from a photo.</summary>
/// <param name="File">Its path in the entry folder, '/'-separated: <c>foto/lapangan-960.webp</c>.</param>
/// <param name="Format">"webp", "jpeg" or "png".</param>
internal sealed record PhotoVariant(string File, int Width, int Height, string Format);
