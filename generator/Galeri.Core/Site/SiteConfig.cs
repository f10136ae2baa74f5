namespace Galeri.Site;

/// <summary>The catalog's settings, from <c>content/site.yml</c>.</summary>
/// <param name="BaseUrl">Absolute address the site is published at (for canonical links and the sitemap); may be null.</param>
/// <param name="Contact">The organiser's office (<c>kontak</c>), to whom the visit plan's request letter is addressed; may be null.</param>
/// <param name="Featured">Slugs shown as featured on the home page (<c>unggulan</c>), in order.</param>
internal sealed record SiteConfig(
    string Title,
    string Organizer,
    string Language,
    string? BaseUrl,
    string? Description,
    IReadOnlyList<(string Slug, Galeri.Diagnostics.SourcePosition Position)> Featured,
    string DisplayPath,
    SiteContact? Contact = null)
{
    /// <summary>The path part of <see cref="BaseUrl"/>, always ending in '/': "/" or "/galeri/".</summary>
    public string BasePath => BaseUrl is null ? "/" : new Uri(BaseUrl).AbsolutePath.TrimEnd('/') + "/";

    /// <summary>The declared settings without typed code (<see cref="Model.SiteFields"/>), as written, by key.</summary>
    public IReadOnlyDictionary<string, object> Values { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, object>.Empty;

    /// <summary>The web editor's settings (<c>editor:</c>); null when the site has no editor.</summary>
    public Galeri.Editor.EditorSettings? Editor { get; init; }

    /// <summary>The licence of the published data (<c>lisensi</c>): said in the open-data package; null when not given.</summary>
    public DataLicense? License { get; init; }

    public string? AbsoluteUrl(string sitePath) => BaseUrl is null ? null : BaseUrl.TrimEnd('/') + "/" + sitePath;
}
