using System.Text.RegularExpressions;

namespace Galeri.Tests.Integration;

/// <summary>
/// What <c>galeri serve</c> prints in a terminal log: one plain line per build, the address once,
/// and with <c>--quiet</c> only the address and errors.
/// </summary>
public sealed class ServeOutputTests : IDisposable
{
    private static readonly Regex Rebuilt = new(@"^Dibangun ulang: (?<rendered>\d+) halaman dirender, (?<reused>\d+) dipakai ulang, \d+ peringatan, \d+\.\d\d detik$");

    private readonly ServedSite _served = new();

    public void Dispose() => _served.Dispose();

    private string Entry => _served.Entry("data-go");

    [Fact]
    public async Task Each_rebuild_prints_one_plain_line_with_pages_rendered_and_reused()
    {
        var site = _served.Start();
        var built = await ServedSite.WaitForLine(_served.Stdout, l => l.StartsWith("Dibangun:", StringComparison.Ordinal), "Dibangun:");
        var first = Regex.Match(built, @"^Dibangun: (\d+) halaman, 2 inovasi, \d+ peringatan, \d+\.\d\d detik$");
        Assert.True(first.Success, built);
        var pages = int.Parse(first.Groups[1].Value);
        await ServedSite.WaitForLine(_served.Stdout, l => l.StartsWith($"Galeri Inovasi berjalan di {site}", StringComparison.Ordinal), "with the address");

        File.WriteAllText(Entry, File.ReadAllText(Entry).Replace("nama: Data Go", "nama: Data Go Terbuka"));
        var rebuilt = Rebuilt.Match(await ServedSite.WaitForLine(_served.Stdout, l => l.StartsWith("Dibangun ulang:", StringComparison.Ordinal), "Dibangun ulang:"));

        Assert.True(rebuilt.Success, string.Join('\n', _served.Stdout));
        Assert.InRange(int.Parse(rebuilt.Groups["rendered"].Value), 1, pages);
        Assert.Equal(pages, int.Parse(rebuilt.Groups["rendered"].Value) + int.Parse(rebuilt.Groups["reused"].Value));
        Assert.DoesNotContain(_served.Stdout.Concat(_served.Stderr), l => l.Contains('\u001b'));
    }

    /// <summary>
    /// A save of a known file reads only that file, from the first save on (the watcher runs from
    /// before the first build); a new entry folder walks the content folder, and --verbose says so.
    /// </summary>
    [Fact]
    public async Task Verbose_says_which_rebuilds_walked_the_content_folder()
    {
        var site = _served.Start("/", "--verbose");
        await ServedSite.WaitForLine(_served.Stdout, l => l.StartsWith($"Galeri Inovasi berjalan di {site}", StringComparison.Ordinal), "with the address");

        File.WriteAllText(Entry, File.ReadAllText(Entry).Replace("nama: Data Go", "nama: Data Go Terbuka"));
        await ServedSite.WaitForLine(_served.Stdout, l => l.StartsWith("Dibangun ulang:", StringComparison.Ordinal), "Dibangun ulang:");
        // The phases follow the summary line on the other stream: wait for the rebuild's last one.
        await WaitForCount(_served.Stderr, l => l.StartsWith("  render ", StringComparison.Ordinal), 2);
        Assert.DoesNotContain(Galeri.Cli.Reporting.SummaryLines.Walked, _served.Stderr);

        var folder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Entry)!)!, "data-go-baru");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.md"), File.ReadAllText(Entry).Replace("nama: Data Go Terbuka", "nama: Data Go Baru"));
        await _served.WaitFor(site + "inovasi/data-go-baru/", (s, b) => s == System.Net.HttpStatusCode.OK && b.Contains("Data Go Baru"));
        await ServedSite.WaitForLine(_served.Stderr, l => l == Galeri.Cli.Reporting.SummaryLines.Walked, "the walk's note");
    }

    private static async Task WaitForCount(System.Collections.Concurrent.ConcurrentQueue<string> lines, Func<string, bool> match, int count)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (lines.Count(match) < count)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{count} matching lines expected:\n" + string.Join('\n', lines));
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Quiet_prints_the_address_once_and_then_only_errors()
    {
        var site = _served.Start("/", "--quiet");
        await ServedSite.WaitForLine(_served.Stdout, l => l.StartsWith($"Galeri Inovasi berjalan di {site}", StringComparison.Ordinal), "with the address");
        File.WriteAllText(Entry, File.ReadAllText(Entry).Replace("nama: Data Go", "nama: Data Go Terbuka"));
        await _served.WaitFor(site + "inovasi/data-go/", (s, b) => s == System.Net.HttpStatusCode.OK && b.Contains("Data Go Terbuka"));

        File.WriteAllText(Entry, File.ReadAllText(Entry).Replace("opd: diskominsta", "opd: diskominfo"));
        await ServedSite.WaitForLine(_served.Stderr, l => l.StartsWith("Gagal: 1 kesalahan.", StringComparison.Ordinal), "Gagal:");

        // Rebuilds run one at a time: by the error's report, the good rebuild before it has printed all it would.
        Assert.Contains(_served.Stderr, l => l.Contains("inovasi/data-go/index.md:3:1 error opd: OPD \"diskominfo\" tidak dikenal", StringComparison.Ordinal));
        Assert.Equal([$"Galeri Inovasi berjalan di {site}  (Ctrl+C untuk berhenti)"], _served.Stdout);
        Assert.DoesNotContain(_served.Stderr, l => l.Contains(" warning ", StringComparison.Ordinal) || l.StartsWith("Dibangun", StringComparison.Ordinal));
    }
}
