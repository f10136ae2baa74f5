using System.Net;
using System.Net.Sockets;

namespace Galeri.Tests.Support;

/// <summary>
/// Serves a built site on a free loopback port under a sub-path, the way nginx or GitHub Pages
/// would: folders answer with their index.html, unknown paths with 404.html and status 404.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;

    public const string DefaultBasePath = "/galeri/";

    public StaticSiteServer(string root, string basePath = DefaultBasePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{basePath}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Resolve(path);
            var status = 200;
            if (file is null)
            {
                file = Path.Combine(_root, "404.html");
                status = 404;
            }
            var bytes = File.ReadAllBytes(file);
            response.StatusCode = status;
            response.ContentType = Galeri.Cli.Serve.ContentTypes.Of(file);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception)
        {
            response.StatusCode = 500;
        }
        finally
        {
            response.Close();
        }
    }

    private string? Resolve(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal)) return null;
        var relative = path[_basePath.Length..];
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
