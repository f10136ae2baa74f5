namespace Galeri.Rendering;

/// <summary>What every template sees as <c>site</c>.</summary>
public sealed record SiteView(string Title, string Organizer, string Language, string? Description,
    IReadOnlyList<LinkView> Pages);
