namespace Galeri.Rendering;

/// <param name="Url">Site path of the image file, percent-encoded, e.g. "inovasi/data-go/alur.svg" (see <see cref="Entries.BundleFiles.SitePath"/>).</param>
/// <param name="Width">Intrinsic width in pixels, when the file says (for &lt;img width&gt;); null otherwise.</param>
internal sealed record ImageView(string Url, string Alt, int? Width = null, int? Height = null);
