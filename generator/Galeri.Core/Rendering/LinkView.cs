namespace Galeri.Rendering;

/// <summary>A code with its label and the site path of its page, e.g. an OPD, an urusan or a tag.</summary>
internal sealed record LinkView(string Code, string Label, string Url, string? Short = null);
