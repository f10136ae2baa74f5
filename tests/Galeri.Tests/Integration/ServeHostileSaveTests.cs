using System.Net;

namespace Galeri.Tests.Integration;

/// <summary>
/// No save stops <c>galeri serve</c>: content nested far too deep, a number beyond any range, or a
/// folder where the entry's file should be each give the error page naming the file (the server
/// still answering), and the site comes back once the file is put right.
/// </summary>
public sealed class ServeHostileSaveTests : IDisposable
{
    public const string DeepYaml = "yaml-30000-deep";
    public const string DeepMarkdown = "markdown-quote-100000-deep";
    public const string HugeNumber = "dampak-sebelum-beyond-decimal";
    public const string FolderForFile = "index-md-is-a-folder";

    private readonly ServedSite _served = new();

    public void Dispose() => _served.Dispose();

    [Theory]
    [InlineData(DeepYaml)]
    [InlineData(DeepMarkdown)]
    [InlineData(HugeNumber)]
    [InlineData(FolderForFile)]
    public async Task A_hostile_save_shows_the_error_page_and_the_site_comes_back_after_the_fix(string save)
    {
        var site = _served.Start();
        var page = site + "inovasi/data-go/";
        await _served.WaitFor(page, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go"));
        var entry = _served.Entry("data-go");
        var good = File.ReadAllText(entry);

        Spoil(save, entry, good);
        var (_, body) = await _served.WaitFor(page, (s, b) => s == HttpStatusCode.InternalServerError && b.Contains("Konten belum bisa dibangun"));
        Assert.Contains("inovasi/data-go/index.md", body);
        // Still serving: the last good site's files are there while the pages show the error.
        using (var css = await _served.Http.GetAsync(site + "assets/css/galeri.css", TestContext.Current.CancellationToken))
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);

        if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
        File.WriteAllText(entry, good.Replace("nama: Data Go", "nama: Data Go Pulih"));
        await _served.WaitFor(page, (s, b) => s == HttpStatusCode.OK && b.Contains("Data Go Pulih"));
        Assert.DoesNotContain(_served.Stderr, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal));
    }

    private static void Spoil(string save, string entry, string good)
    {
        switch (save)
        {
            case DeepYaml:
                File.WriteAllText(entry, good.Replace("tag: [data terbuka]", "tag: " + new string('[', 30_000) + new string(']', 30_000)));
                break;
            case DeepMarkdown:
                File.WriteAllText(entry, good + "\n" + new string('>', 100_000) + " kutipan\n");
                break;
            case HugeNumber:
                File.WriteAllText(entry, good.Replace("tag: [data terbuka]\n", """
                    tag: [data terbuka]
                    dampak:
                      - indikator: Dataset terbuka
                        satuan: dataset
                        sebelum: -79228162514264337593543950335
                        sesudah: 412
                        tahun: 2024

                    """));
                break;
            case FolderForFile:
                File.Delete(entry);
                Directory.CreateDirectory(Path.Combine(entry, "isi"));
                File.WriteAllText(Path.Combine(entry, "isi", "catatan.txt"), "bukan entri\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(save), save, null);
        }
    }
}
