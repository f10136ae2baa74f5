namespace Galeri.Rendering;

/// <param name="Url">Site path of the image file, percent-encoded, e.g. "inovasi/data-go/alur.svg" (see <see cref="Entries.BundleFiles.SitePath"/>);
/// for a photo, its fallback JPEG (<see cref="Media.PhotoPlan.Fallback"/>).</param>
/// <param name="Width">Intrinsic width in pixels, when the file says (for &lt;img width&gt;); null otherwise.</param>
internal sealed record ImageView(string Url, string Alt, int? Width = null, int? Height = null)
{
    /// <summary>A photo's WebP variants, smallest first (for &lt;source srcset&gt;); empty for other images.</summary>
    public IReadOnlyList<SourceView> Webp { get; init; } = [];

    /// <summary>A photo's JPEG variants, smallest first (for &lt;img srcset&gt;); empty for other images.</summary>
    public IReadOnlyList<SourceView> Jpeg { get; init; } = [];

    /// <summary>What the larger view shows and the link without script opens: a photo's largest JPEG, else the image itself.</summary>
    public string? Large { get; init; }
}
