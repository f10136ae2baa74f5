namespace Galeri.Rendering;

/// <summary>What every template sees as <c>page</c>.</summary>
/// <param name="Canonical">Absolute address when the site has a base_url, else null.</param>
internal sealed record PageView(string Title, string? Description, string Url, string? Canonical, string Section, string Layout);
