namespace Galeri.Rendering;

/// <summary>A date for templates: machine form for &lt;time datetime&gt; and the written form ("4 September 2019").</summary>
internal sealed record DateView(string Iso, string Text);
