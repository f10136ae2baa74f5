namespace Galeri.Rendering;

/// <param name="Url">Site path of the image file, e.g. "inovasi/data-go/alur.svg".</param>
public sealed record ImageView(string Url, string Alt);
