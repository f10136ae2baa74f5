namespace Galeri.Rendering;

/// <summary>A taxonomy term in a listing: label, page, number of entries, and an optional note (e.g. the urusan group).</summary>
internal sealed record TermView(string Code, string Label, string Url, int Count, string? Note = null);
