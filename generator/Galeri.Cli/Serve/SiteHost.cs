using Microsoft.AspNetCore.Http;

namespace Galeri.Cli.Serve;

/// <summary>
/// Answers requests from the current <see cref="SiteSnapshot"/> under the base path: clean URLs
/// ("…/data-go/" → index.html), 404.html for unknown addresses, the error page while the content
/// is broken, and the live-reload script added to every HTML page.
/// </summary>
public sealed class SiteHost(Func<SiteSnapshot> snapshot, LiveReload liveReload, string basePath)
{
    public async Task HandleAsync(HttpContext context)
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
        var current = snapshot();
        var target = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        var isPage = target.EndsWith(".html", StringComparison.Ordinal);
        if (current.Failed && isPage)
        {
            await Write(context, 500, "text/html; charset=utf-8", ErrorPage.Render(current.Errors, basePath));
            return;
        }
        var file = current.Site?.Find(target);
        if (file is null && current.Site?.Find(target + "/index.html") is not null)
        {
            context.Response.Redirect(basePath + target + "/");
            return;
        }
        if (file is null)
        {
            var notFound = current.Site?.Find("404.html");
            var body = notFound is null ? "Tidak ditemukan."u8.ToArray() : LiveReload.Inject(Bytes(notFound), basePath);
            await Write(context, 404, "text/html; charset=utf-8", body);
            return;
        }
        var bytes = Bytes(file);
        await Write(context, 200, ContentTypes.Of(target), isPage ? LiveReload.Inject(bytes, basePath) : bytes);
    }

    private static byte[] Bytes(Galeri.Output.OutputFile file) => file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);

    private static async Task Write(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
