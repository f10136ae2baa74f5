using System.Globalization;
using Galeri.Build;

namespace Galeri.Cli.Reporting;

/// <summary>The one-line summaries of build and serve, the same in plain and rich output.</summary>
public static class SummaryLines
{
    /// <summary>"Selesai: 145 halaman (12 dirender), 16 inovasi, 160 berkas ditulis, 30 tidak berubah, 19 peringatan, 0.84 detik → public"</summary>
    public static string Finished(BuildResult result, string output) => $"Selesai: {FinishedDetail(result, output)}";

    /// <summary>The part of <see cref="Finished"/> after "Selesai: ".</summary>
    public static string FinishedDetail(BuildResult result, string output) =>
        $"{result.Pages} halaman ({result.PagesRendered} dirender), {result.Entries} inovasi, " +
        $"{result.FilesWritten} berkas ditulis, {result.FilesUnchanged} tidak berubah, {result.Warnings} peringatan, {Seconds(result.Elapsed)} detik → {output}";

    /// <summary>The short line under the rich summary table, which holds the other counts: "145 halaman, 16 inovasi, 19 peringatan, 0.84 detik → public".</summary>
    public static string ShortDetail(BuildResult result, string output) =>
        $"{result.Pages} halaman, {result.Entries} inovasi, {result.Warnings} peringatan, {Seconds(result.Elapsed)} detik → {output}";

    public static string Failed(BuildResult result, string output) => $"Gagal: {FailedDetail(result, output)}";

    /// <summary>The part of <see cref="Failed"/> after "Gagal: ".</summary>
    public static string FailedDetail(BuildResult result, string output) =>
        $"{result.Errors} kesalahan, {result.Warnings} peringatan, {Seconds(result.Elapsed)} detik. Folder keluaran \"{output}\" tidak diubah.";

    /// <summary>
    /// "  render         312 ms": one line per phase. The benchmark (Galeri.Benchmark) reads these
    /// as three parts, "&lt;phase&gt; &lt;number&gt; ms"; keep the shape.
    /// </summary>
    public static IEnumerable<string> Phases(IEnumerable<(string Phase, TimeSpan Elapsed)> phases) =>
        phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"  {p.Phase,-9} {p.Elapsed.TotalMilliseconds,8:0} ms"));

    /// <summary>serve --verbose, after the phases of a rebuild that walked the content folder instead of reading only the saved files.</summary>
    public const string Walked = "  (seluruh folder konten ditelusuri: ada berkas atau folder yang dibuat, dihapus atau diganti nama)";

    /// <summary>serve's first build: "Dibangun: 145 halaman, 16 inovasi, 19 peringatan, 0.52 detik".</summary>
    public static string Built(RenderedSite site, int warnings, TimeSpan elapsed) =>
        $"Dibangun: {site.Pages} halaman, {site.Entries} inovasi, {warnings} peringatan, {Seconds(elapsed)} detik";

    /// <summary>serve after a save: "Dibangun ulang: 3 halaman dirender, 142 dipakai ulang, 19 peringatan, 0.04 detik".</summary>
    public static string Rebuilt(RenderedSite site, int warnings, TimeSpan elapsed) =>
        $"Dibangun ulang: {site.PagesRendered} halaman dirender, {site.Pages - site.PagesRendered} dipakai ulang, {warnings} peringatan, {Seconds(elapsed)} detik";

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
