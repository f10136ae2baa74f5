namespace Galeri.Rendering;

/// <param name="Url">Site path of the image file, e.g. "inovasi/data-go/alur.svg".</param>
/// <param name="Width">Intrinsic width in pixels, when the file says (for &lt;img width&gt;); null otherwise.</param>
public sealed record ImageView(string Url, string Alt, int? Width = null, int? Height = null);
