using System.Text.RegularExpressions;
using System.Xml;

namespace Galeri.Media;

/// <summary>
/// Whether an SVG file is inert: safe to publish at the site's own address, where a visitor who
/// opens it (entry pages link to each image) gets it as a document that could run script.
/// SVG is checked, not rewritten: a file that passes is published byte for byte as the contributor
/// made it, and a file that does not is refused with the line to fix. The check fails closed:
/// only listed SVG elements and inert editor metadata (Inkscape, Illustrator, RDF) may appear;
/// no script, no event handler, no foreignObject, no processing instruction, no DTD declarations,
/// and no reference to anything outside the file except embedded raster images. Parsing is
/// System.Xml's, with DTDs never fetched and entity expansion off.
/// </summary>
internal static partial class SvgSafety
{
    /// <summary>The first unsafe construct and where it is; <see cref="Invalid"/> when the file is not well-formed XML.</summary>
    public sealed record Problem(int Line, int Column, string What, bool Invalid = false);

    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "switch", "view", "a", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "image",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "animate", "animateMotion", "animateTransform", "set", "mpath",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
        "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode",
        "feMorphology", "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    };

    // Editors' own metadata: browsers make these inert elements and attributes, never run them.
    private static readonly string[] InertNamespaces =
    [
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
        "http://ns.adobe.com/",
        "http://www.bohemiancoding.com/sketch/ns",
        "http://www.serif.com/",
    ];

    // Raster images embedded in the file: the one kind of reference that loads nothing from outside.
    [GeneratedRegex(@"^data:image/(png|jpeg|jpg|gif|webp);base64,", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedRaster();

    [GeneratedRegex(@"url\(\s*(['""]?)([^'"")]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Parse, // to see an internal subset and refuse it; nothing is fetched
        XmlResolver = null,
        MaxCharactersFromEntities = 1,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    public static Problem? Find(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var info = (IXmlLineInfo)reader;
        Problem At(string what) => new(info.LineNumber, info.LinePosition, what);
        var styleDepth = -1;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType when reader.Value.Trim().Length > 0:
                        return At("<!DOCTYPE … [ ]>");
                    case XmlNodeType.ProcessingInstruction:
                        return At($"<?{reader.Name}?>");
                    case XmlNodeType.EntityReference:
                        return At($"&{reader.Name};");
                    case XmlNodeType.Element:
                        if (ElementProblem(reader) is { } element) return At(element);
                        if (reader.NamespaceURI == SvgNamespace && reader.LocalName == "style" && !reader.IsEmptyElement) styleDepth = reader.Depth;
                        var elementName = reader.LocalName;
                        while (reader.MoveToNextAttribute())
                            if (AttributeProblem(elementName, reader) is { } attribute) return At(attribute);
                        reader.MoveToElement();
                        break;
                    case XmlNodeType.EndElement when reader.Depth == styleDepth:
                        styleDepth = -1;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when styleDepth >= 0:
                        if (CssProblem(reader.Value) is { } css) return At(css);
                        break;
                }
            }
            return null;
        }
        catch (XmlException e)
        {
            return new Problem(Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1), e.Message, Invalid: true);
        }
    }

    private static string? ElementProblem(XmlReader reader)
    {
        if (reader.NamespaceURI == SvgNamespace) return Elements.Contains(reader.LocalName) ? null : $"<{reader.Name}>";
        return IsInert(reader.NamespaceURI) ? null : $"<{reader.Name}>";
    }

    private static string? AttributeProblem(string element, XmlReader attribute)
    {
        var ns = attribute.NamespaceURI;
        var name = attribute.LocalName;
        var value = attribute.Value;
        if (ns == XmlnsNamespace) return null; // a namespace declaration names, it does not load
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return $"{attribute.Name}=\"…\"";
        if (IsInert(ns)) return null; // editor metadata (file names, Windows paths): never read by a browser
        if (ns.Length > 0 && ns != XlinkNamespace && ns != XmlNamespace) return $"{attribute.Name}=\"…\"";
        if (ns == XmlNamespace && name == "base") return $"{attribute.Name}=\"{Short(value)}\"";
        if (name is "href" or "src")
        {
            var target = value.Trim();
            var embedded = element is "image" or "feImage" && EmbeddedRaster().IsMatch(target);
            if (!target.StartsWith('#') && !embedded) return $"{attribute.Name}=\"{Short(target)}\"";
            return null;
        }
        // <set attributeName="href" to="…">: animation that turns an attribute into a link or a handler.
        if (name == "attributeName" && (value.Contains("href", StringComparison.OrdinalIgnoreCase) || value.TrimStart().StartsWith("on", StringComparison.OrdinalIgnoreCase)))
            return $"{attribute.Name}=\"{Short(value)}\"";
        if (HasScriptScheme(value)) return $"{attribute.Name}=\"{Short(value)}\"";
        return CssProblem(value);
    }

    /// <summary>Style text (a &lt;style&gt; element, a style attribute, or a presentation attribute such as fill="url(#g)").</summary>
    private static string? CssProblem(string css)
    {
        if (css.Contains('\\')) return "\\ (CSS escape)"; // escapes can spell url( or @import past any check
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase)) return "@import";
        if (css.Contains("expression(", StringComparison.OrdinalIgnoreCase) || css.Contains("-moz-binding", StringComparison.OrdinalIgnoreCase))
            return Short(css);
        if (HasScriptScheme(css)) return Short(css);
        foreach (Match url in CssUrl().Matches(css))
        {
            var target = url.Groups[2].Value.Trim();
            if (!target.StartsWith('#') && !EmbeddedRaster().IsMatch(target)) return $"url({Short(target)})";
        }
        return null;
    }

    private static bool HasScriptScheme(string value)
    {
        if (value.IndexOf(':') < 0) return false;
        // Browsers drop whitespace and control characters inside a scheme: "java\tscript:" is still javascript:.
        var squeezed = string.Concat(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))).ToLowerInvariant();
        return squeezed.Contains("javascript:", StringComparison.Ordinal) || squeezed.Contains("vbscript:", StringComparison.Ordinal)
               || squeezed.Contains("data:text/html", StringComparison.Ordinal) || squeezed.Contains("data:image/svg", StringComparison.Ordinal);
    }

    private static bool IsInert(string ns) => ns.Length > 0 && InertNamespaces.Any(n => ns.StartsWith(n, StringComparison.Ordinal));

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
