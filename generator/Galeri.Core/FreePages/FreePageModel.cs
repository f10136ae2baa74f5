namespace Galeri.FreePages;

/// <summary>What <c>layouts/page.liquid</c> sees.</summary>
internal sealed record FreePageModel(string Html);
