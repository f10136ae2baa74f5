using Microsoft.AspNetCore.Http;

namespace Galeri.Cli.Serve;

/// <summary>
/// Answers requests from the current <see cref="SiteSnapshot"/> under the base path: clean URLs
/// ("…/data-go/" → index.html), 404.html for unknown addresses, the error page while the content
/// is broken, and the live-reload script added to every HTML page. Only loopback Host names are
/// answered (<see cref="HostCheck"/>), and every response carries <see cref="SecurityHeaders"/>.
/// </summary>
public sealed class SiteHost(Func<SiteSnapshot> snapshot, LiveReload liveReload, string basePath, int port)
{
    /// <summary>Under <c>galeri serve --editor</c>: decap-server's address, which the editor's pages may call.</summary>
    public string? EditorApi { get; init; }

    public async Task HandleAsync(HttpContext context)
    {
        SecurityHeaders.Common(context.Response);
        if (!HostCheck.Allows(context.Request.Host))
        {
            await Write(context, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(HostCheck.Refusal(port)));
            return;
        }
        try
        {
            await ServeAsync(context);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            // Kestrel would answer an empty 500; say what happened instead. The server keeps running.
            var failure = Failures.FailureReport.Describe(e);
            var text = $"galeri serve: halaman ini gagal disajikan ({failure.What}). Server tetap berjalan; muat ulang halaman ini.\n";
            context.Response.Clear();
            SecurityHeaders.Common(context.Response);
            await Write(context, StatusCodes.Status500InternalServerError, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text));
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            // "/galeri" without its slash, or the bare root when serving under a sub-path.
            context.Response.Redirect(basePath);
            return;
        }
        var relative = Uri.UnescapeDataString(path[basePath.Length..]);
        if (relative == LiveReload.EventsPath)
        {
            await liveReload.StreamAsync(context);
            return;
        }
        context.Response.Headers.CacheControl = "no-store";
        var nonce = SecurityHeaders.NewNonce();
        var current = snapshot();
        var target = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        var isPage = target.EndsWith(".html", StringComparison.Ordinal);
        if (current.Failed && isPage)
        {
            SecurityHeaders.ForPage(context.Response, nonce);
            await Write(context, 500, "text/html; charset=utf-8", ErrorPage.Render(current.Errors, current.Failure, basePath, nonce));
            return;
        }
        var file = current.Site?.Find(target);
        if (file is null && current.Site?.Find(target + "/index.html") is not null)
        {
            context.Response.Redirect(basePath + target + "/");
            return;
        }
        // A file copied from the content folder (an image, a PDF) is read now; deleted or replaced by
        // a folder since the last rebuild, it is simply not there until the rebuild that follows.
        if ((file is null ? null : Bytes(file)) is not { } bytes)
        {
            var notFound = current.Site?.Find("404.html") is { } page ? Bytes(page) : null;
            SecurityHeaders.ForPage(context.Response, nonce);
            var body = notFound is null ? "Tidak ditemukan."u8.ToArray() : LiveReload.Inject(notFound, basePath, nonce);
            await Write(context, 404, "text/html; charset=utf-8", body);
            return;
        }
        var contentType = ContentTypes.Of(target);
        if (IsEditor(target))
        {
            // The editor is an application of its own: no reload when a save rebuilds the site (it would
            // throw away the form), and the policy its framework needs.
            context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.EditorPolicy(EditorApi);
            await Write(context, 200, contentType, bytes);
            return;
        }
        if (isPage) SecurityHeaders.ForPage(context.Response, nonce);
        else SecurityHeaders.ForFile(context.Response, contentType);
        await Write(context, 200, contentType, isPage ? LiveReload.Inject(bytes, basePath, nonce) : bytes);
    }

    private static bool IsEditor(string target) => target.StartsWith(Galeri.Build.LiveBuild.EditorFolder + "/", StringComparison.Ordinal);

    /// <returns>The file's bytes, or null when a copied file is gone (deleted, renamed, now a folder, unreadable).</returns>
    private static byte[]? Bytes(Galeri.Output.OutputFile file)
    {
        if (file.Bytes is { } bytes) return bytes;
        try
        {
            return File.ReadAllBytes(file.CopyFrom!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static async Task Write(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
