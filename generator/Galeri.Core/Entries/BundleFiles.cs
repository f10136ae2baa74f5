namespace Galeri.Entries;

/// <summary>
/// The policy for the files of an entry's folder (page bundle), which come from many hands: which
/// are published beside its page, which are refused, which are ignored, and how large they may be.
/// <see cref="BundleRules"/> enforces it; the build copies only <see cref="Of"/>.
/// </summary>
internal static class BundleFiles
{
    /// <summary>The types always published: images browsers show, and PDF documents (office documents only when named: <see cref="IsPublished(Innovation, string)"/>).</summary>
    public static readonly IReadOnlyList<string> Published = [.. Vocabulary.ImageExtensions, ".pdf"];

    /// <summary>
    /// Types a browser may run as a page at the site's address (script, markup, stylesheets,
    /// plug-ins): refused with their own message. Anything else not in <see cref="Published"/> is
    /// refused as an unknown type; this list only explains the refusal better.
    /// </summary>
    public static readonly IReadOnlySet<string> Active = new HashSet<string>(StringComparer.Ordinal)
    {
        ".html", ".htm", ".xhtml", ".xht", ".shtml", ".mht", ".mhtml", ".xml", ".xsl", ".xslt", ".svgz",
        ".js", ".mjs", ".cjs", ".css", ".swf", ".hta", ".php", ".jsp", ".asp", ".aspx", ".wasm", ".vbs",
    };

    /// <summary>One published file may be at most 20 MB.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>An entry's published files together may be at most 50 MB.</summary>
    public const long MaxEntryBytes = 50L * 1024 * 1024;

    // Files operating systems add by themselves: never the contributor's intent.
    private static readonly IReadOnlySet<string> SystemFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Thumbs.db", "desktop.ini" };

    /// <summary>
    /// Hidden files and folders (".DS_Store", ".git/…") and the system's own files: left out of the
    /// bundle entirely, neither published nor checked. (Links among them are still refused by the walk.)
    /// </summary>
    /// <param name="relative">'/'-separated path relative to the entry folder.</param>
    public static bool IsIgnored(string relative)
    {
        foreach (var part in relative.Split('/'))
            if (part.StartsWith('.')) return true;
        return SystemFiles.Contains(Path.GetFileName(relative));
    }

    public static bool IsPublished(string relative) => Published.Contains(Path.GetExtension(relative).ToLowerInvariant());

    /// <summary>
    /// Whether the file is published for this entry: a type always published, or an office document
    /// (<see cref="StudiTiruVocabulary.OfficeExtensions"/>) that <c>dokumen</c> or <c>dasar_hukum</c>
    /// names. An office file nobody names is refused, so a folder cannot become a file drop;
    /// <see cref="BundleRules"/> also checks that a named one is an office document without macros.
    /// </summary>
    public static bool IsPublished(Innovation entry, string relative) =>
        IsPublished(relative) || (IsOffice(relative) && NamedDocuments(entry).Contains(relative));

    public static bool IsOffice(string relative) => StudiTiruVocabulary.OfficeExtensions.Contains(Path.GetExtension(relative).ToLowerInvariant());

    /// <summary>The files <c>dokumen</c> and <c>dasar_hukum</c> name, '/'-separated, as written.</summary>
    public static IReadOnlySet<string> NamedDocuments(Innovation entry) =>
        entry.Documents.Select(d => d.File).Concat(entry.LegalBases.Select(l => l.File))
            .OfType<string>().Select(f => f.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

    /// <returns>The files published beside the entry's page: paths relative to the entry folder, '/'-separated, sorted.</returns>
    public static IReadOnlyList<string> Of(Innovation entry)
    {
        var named = entry.Documents.Count + entry.LegalBases.Count == 0 ? null : NamedDocuments(entry);
        return entry.BundleFiles.Where(p => !IsIgnored(p) && (IsPublished(p) || (named is not null && IsOffice(p) && named.Contains(p)))).ToList();
    }

    /// <summary>
    /// A bundle file's address for links and <c>src</c>: each path segment percent-encoded, so a name
    /// with <c>#</c>, <c>?</c>, <c>%</c> or a space still names the file. Names of only letters,
    /// digits, '-', '_', '.' and '~' are unchanged. The file itself is published under its own name.
    /// </summary>
    public static string SitePath(string slug, string relative) =>
        Rendering.SiteModel.EntryPath(slug) + (relative.AsSpan().ContainsAnyExcept(UrlSafe)
            ? string.Join('/', relative.Split('/').Select(Uri.EscapeDataString))
            : relative);

    // RFC 3986 unreserved characters, plus the path separator: these need no encoding.
    private static readonly System.Buffers.SearchValues<char> UrlSafe =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");
}
