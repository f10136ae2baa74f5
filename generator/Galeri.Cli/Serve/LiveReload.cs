using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Galeri.Cli.Serve;

/// <summary>
/// Tells open pages to reload (or, when only stylesheets changed, to swap them) over Server-Sent
/// Events. The script is added to pages by the server only; <c>galeri build</c> output never has it.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "__galeri/events";

    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];

    /// <summary>"reload" or "css".</summary>
    public void Notify(string message)
    {
        lock (_gate)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    public async Task StreamAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate) _clients.Add(channel);
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {message}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            lock (_gate) _clients.Remove(channel);
        }
    }

    /// <summary>The snippet added before &lt;/body&gt; of every served page; <paramref name="nonce"/> is the one its response's policy admits.</summary>
    public static string Script(string basePath, string nonce) => $$"""
        <script nonce="{{nonce}}">
        (function () {
          var source = new EventSource('{{basePath}}{{EventsPath}}');
          source.onmessage = function (e) {
            if (e.data === 'css') {
              document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
                var url = new URL(link.href); url.searchParams.set('v', Date.now()); link.href = url.toString();
              });
            } else { location.reload(); }
          };
        })();
        </script>
        """;

    public static byte[] Inject(byte[] html, string basePath, string nonce)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var script = Script(basePath, nonce);
        return Encoding.UTF8.GetBytes(at < 0 ? text + script : text.Insert(at, script));
    }
}
