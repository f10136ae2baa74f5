namespace Galeri.FreePages;

/// <summary>What <c>layouts/page.liquid</c> sees.</summary>
public sealed record FreePageModel(string Html);
