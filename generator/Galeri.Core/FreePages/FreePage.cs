using Galeri.Content;

namespace Galeri.FreePages;

/// <summary>A free page such as Tentang, from <c>content/halaman/&lt;slug&gt;.md</c>.</summary>
/// <param name="Order">Position in the navigation (<c>urutan</c>); pages without one come last, by title.</param>
internal sealed record FreePage(string Slug, SourceFile Source, string Title, string? Description, int? Order, string Html);
