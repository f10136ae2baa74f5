using Microsoft.AspNetCore.Http;

namespace Galeri.Cli.Serve;

/// <summary>
/// Answers only requests addressed to this computer by a loopback name. The server listens on
/// 127.0.0.1, but a web page elsewhere can point a name it controls at 127.0.0.1 (DNS rebinding)
/// and then read the preview — drafts that are not published yet — as its own origin. Such a
/// request still carries that other name in its Host header, so it is refused.
/// </summary>
public static class HostCheck
{
    /// <summary>The names a browser on this computer uses for the server; any port (an SSH tunnel may forward another).</summary>
    public static readonly IReadOnlySet<string> LoopbackNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "127.0.0.1", "localhost", "[::1]" };

    /// <summary>True for <c>127.0.0.1[:port]</c>, <c>localhost[:port]</c> and <c>[::1][:port]</c>; a request without Host (HTTP/1.0, never a browser) is let through.</summary>
    public static bool Allows(HostString host) => !host.HasValue || LoopbackNames.Contains(host.Host);

    public static string Refusal(int port) =>
        $"galeri serve hanya melayani alamat komputer ini sendiri. Buka http://127.0.0.1:{port}/ atau http://localhost:{port}/.\n";
}
