using Galeri.Cli.Failures;
using Galeri.Text;

namespace Galeri.Cli.Serve;

/// <summary>
/// A rebuild that stopped with an exception rather than with diagnostics: said as every command
/// says it (<see cref="FailureReport"/>), naming the saved file when the exception does not name
/// one, and telling the author the server is still running.
/// </summary>
public static class RebuildFailure
{
    private const string Fault =
        "Server tetap berjalan. Periksa perubahan terakhir pada berkas itu lalu simpan lagi; bila isinya sudah benar, laporkan ke pengelola galeri (GALERI_DEBUG=1 menampilkan rinciannya)";

    /// <param name="changed">The paths saved since the last rebuild; null for the first build.</param>
    public static Failure Describe(Exception exception, IReadOnlyCollection<string>? changed)
    {
        var failure = FailureReport.Describe(exception, "simpan lagi; server tetap berjalan", Fault);
        return failure.File is null && Saved(changed) is { } saved ? failure with { File = saved } : failure;
    }

    /// <summary>"content/inovasi/x/index.md", or with "(dan 2 berkas lain)" when a save touched several.</summary>
    private static string? Saved(IReadOnlyCollection<string>? changed)
    {
        var paths = changed?.Where(p => p != SiteWatcher.Lost).Order(StringComparer.Ordinal).ToList() ?? [];
        if (paths.Count == 0) return null;
        var first = Path.GetRelativePath(Environment.CurrentDirectory, paths[0]);
        var more = paths.Count > 1 ? $" (dan {paths.Count - 1} berkas lain)" : "";
        return TerminalText.Escape(first) + more;
    }
}
