using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Incremental;

namespace Galeri.Tests.Support;

/// <summary>Builds a site in memory, as <c>galeri serve</c> does, and reads its files: for session and memo tests.</summary>
internal static class RenderedSites
{
    public static RenderedSite Render(string content, string theme, BuildSession? session = null)
    {
        var diagnostics = new DiagnosticBag();
        return SiteBuilder.Render(content, theme, null, diagnostics, session)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
    }

    public static byte[] Bytes(Galeri.Output.OutputFile file) => file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);

    public static string TextOf(RenderedSite site, string path) =>
        System.Text.Encoding.UTF8.GetString(Bytes(site.Find(path) ?? throw new InvalidOperationException(path + " not in the output")));
}
