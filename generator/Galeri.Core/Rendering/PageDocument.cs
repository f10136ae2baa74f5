namespace Galeri.Rendering;

/// <summary>
/// A page to be written: where (site path), with which layout, and the model the layout sees.
/// Page builders of each feature produce these; the renderer turns them into files.
/// </summary>
/// <param name="Path">Site path: "" (home), "inovasi/data-go/", or a file such as "404.html".</param>
/// <param name="Section">The navigation section the page belongs to (for highlighting the menu).</param>
/// <param name="Model">The page's own values; its members are top-level variables in the layout.</param>
internal sealed record PageDocument(string Path, string Layout, string Title, string? Description, string Section, object Model);
