namespace Galeri.Theming;

/// <summary>
/// Site paths and the relative links between pages. Every internal link is relative and names
/// <c>index.html</c> explicitly, so the output works at a domain root, under a sub-path and from file://.
/// </summary>
internal static class SiteUrls
{
    /// <summary>"inovasi/data-go/" → "inovasi/data-go/index.html"; "404.html" stays.</summary>
    public static string OutputPath(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>The prefix from a page back to the site root: "" for the home page, "../../" for "inovasi/data-go/".</summary>
    public static string RootFor(string sitePath)
    {
        var depth = sitePath.Count(c => c == '/');
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A link from a page whose root prefix is <paramref name="root"/> to <paramref name="target"/>.</summary>
    public static string Link(string root, string target)
    {
        if (target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith('#'))
            return target;
        var hash = target.IndexOf('#');
        var fragment = hash >= 0 ? target[hash..] : "";
        var path = hash >= 0 ? target[..hash] : target;
        return root + OutputPath(path) + fragment;
    }
}
