using System.Threading.Channels;
using Galeri.Cli.Serve;
using Galeri.Tests.Support;

namespace Galeri.Tests.Serve;

/// <summary>
/// Each test waits for the watcher's reports, never for a fixed time. To show that nothing more
/// was reported, a test saves a marker file in each watched folder last and waits for the reports
/// of them: a folder's events arrive in order, so every earlier report has arrived by then.
/// </summary>
public class SiteWatcherTests
{
    // Longer than serve's 20 ms, so that a test thread paused between two writes of one save on a
    // loaded machine does not split the save into two bursts.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task A_save_that_writes_several_events_gives_one_rebuild_with_every_path()
    {
        using var temp = new TempDirectory();
        var entry = temp.Write("content/inovasi/data-go/index.md", "lama\n");
        var bursts = Channel.CreateUnbounded<IReadOnlyCollection<string>>();
        using (new SiteWatcher([temp.Combine("content")], changed => bursts.Writer.TryWrite(changed), Quiet))
        {
            // What "safe write" editors do: a temporary file, written, then renamed over the original.
            var temporary = entry + ".tmp";
            await File.WriteAllTextAsync(temporary, "baru\n", TestContext.Current.CancellationToken);
            File.Move(temporary, entry, overwrite: true);
            File.SetLastWriteTimeUtc(entry, DateTime.UtcNow);

            var burst = await Next(bursts);
            Assert.Contains(entry, burst);
            Assert.Contains(temporary, burst);
            await AssertNothingElseReported(bursts, temp.Combine("content"));
        }
    }

    [Fact]
    public async Task Each_save_after_a_rebuild_gives_one_rebuild_of_its_own_and_node_modules_is_ignored()
    {
        using var temp = new TempDirectory();
        var entry = temp.Write("content/inovasi/data-go/index.md", "satu\n");
        var package = temp.Write("theme/node_modules/lunr/lunr.js", "x\n");
        var bursts = Channel.CreateUnbounded<IReadOnlyCollection<string>>();
        using (new SiteWatcher([temp.Combine("content"), temp.Combine("theme")], changed => bursts.Writer.TryWrite(changed), Quiet))
        {
            // The package changes first: had it been reported, it would be in the first burst or before it.
            await File.WriteAllTextAsync(package, "y\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(entry, "dua\n", TestContext.Current.CancellationToken);
            Assert.Equal([entry], (await Next(bursts)).Distinct());

            await File.WriteAllTextAsync(entry, "tiga\n", TestContext.Current.CancellationToken);
            Assert.Equal([entry], (await Next(bursts)).Distinct());
            await AssertNothingElseReported(bursts, temp.Combine("content"), temp.Combine("theme"));
        }
    }

    private static async Task<IReadOnlyCollection<string>> Next(Channel<IReadOnlyCollection<string>> bursts)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            return await bursts.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail("the watcher reported nothing within 30 seconds");
            throw;
        }
    }

    /// <summary>Saves a marker file in each folder and expects only the markers next: no report came in between.</summary>
    private static async Task AssertNothingElseReported(Channel<IReadOnlyCollection<string>> bursts, params string[] folders)
    {
        var markers = folders.Select(folder => Path.Combine(folder, "penanda.md")).ToHashSet();
        foreach (var marker in markers) await File.WriteAllTextAsync(marker, "akhir\n", TestContext.Current.CancellationToken);
        var reported = new HashSet<string>();
        while (!reported.IsSupersetOf(markers)) reported.UnionWith(await Next(bursts));
        Assert.Equal(markers, reported);
    }
}
