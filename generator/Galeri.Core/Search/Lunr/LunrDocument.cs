namespace Galeri.Search.Lunr;

/// <summary>A document to index: its reference and the text of each field (same order as the builder's fields).</summary>
internal sealed record LunrDocument(string Reference, IReadOnlyList<string> FieldTexts);
