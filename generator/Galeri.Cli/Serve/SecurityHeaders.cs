using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Galeri.Cli.Serve;

/// <summary>
/// The headers every response carries. The preview shows content from pull requests not yet
/// reviewed, on the reviewer's own computer: even if a page got script in, the policy lets it run
/// only the site's own files and the live-reload script the server adds (by a nonce, new on every
/// response), never in a frame of another site, and never as another content type than declared.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>For every response, whatever its type.</summary>
    public static void Common(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        response.Headers.XFrameOptions = "DENY";
    }

    /// <summary>
    /// A page's policy. The theme loads scripts, styles and images from the site's own files only
    /// (search included); images in an entry's body may be on other https sites, as published.
    /// <paramref name="nonce"/> admits the server's inline live-reload script and the error page's style.
    /// </summary>
    public static string PagePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data: https:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Any other file opened on its own (an SVG from an entry folder, a JSON file): nothing in it runs.
    /// PDF files get none, because Chromium's PDF viewer does not open under a sandbox policy.
    /// </summary>
    public const string FilePolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

    /// <summary>
    /// The editor's pages and scripts (admin/): Decap CMS sets its styles inline and shows images picked
    /// from the computer as blob: addresses; it compiles its configuration schema at run time (ajv:
    /// 'unsafe-eval', refused otherwise with "Error loading the CMS configuration"); it may talk to the local decap-server (<paramref name="editorApi"/>)
    /// and, once published, to GitHub and the sign-in proxy, which serve never serves.
    /// </summary>
    public static string EditorPolicy(string? editorApi) =>
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        $"connect-src 'self'{(editorApi is null ? "" : " " + new Uri(editorApi).GetLeftPart(UriPartial.Authority))}; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void ForPage(HttpResponse response, string nonce) => response.Headers.ContentSecurityPolicy = PagePolicy(nonce);

    public static void ForFile(HttpResponse response, string contentType)
    {
        if (contentType != "application/pdf") response.Headers.ContentSecurityPolicy = FilePolicy;
    }

    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
