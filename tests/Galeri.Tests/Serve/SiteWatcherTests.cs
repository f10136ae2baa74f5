using System.Collections.Concurrent;
using Galeri.Cli.Serve;
using Galeri.Tests.Support;

namespace Galeri.Tests.Serve;

public class SiteWatcherTests
{
    [Fact]
    public async Task A_save_that_writes_several_events_gives_one_rebuild_with_every_path()
    {
        using var temp = new TempDirectory();
        var entry = temp.Write("content/inovasi/data-go/index.md", "lama\n");
        var bursts = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using (new SiteWatcher([temp.Combine("content")], bursts.Enqueue))
        {
            // What "safe write" editors do: a temporary file, written, then renamed over the original.
            var temporary = entry + ".tmp";
            await File.WriteAllTextAsync(temporary, "baru\n", TestContext.Current.CancellationToken);
            File.Move(temporary, entry, overwrite: true);
            File.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }
        var burst = Assert.Single(bursts);
        Assert.Contains(entry, burst);
    }

    [Fact]
    public async Task Saves_seconds_apart_give_one_rebuild_each_and_node_modules_is_ignored()
    {
        using var temp = new TempDirectory();
        var entry = temp.Write("content/inovasi/data-go/index.md", "satu\n");
        var package = temp.Write("theme/node_modules/lunr/lunr.js", "x\n");
        var bursts = new ConcurrentQueue<IReadOnlyCollection<string>>();
        using (new SiteWatcher([temp.Combine("content"), temp.Combine("theme")], bursts.Enqueue))
        {
            await File.WriteAllTextAsync(package, "y\n", TestContext.Current.CancellationToken);
            await Task.Delay(500, TestContext.Current.CancellationToken);
            Assert.Empty(bursts);
            await File.WriteAllTextAsync(entry, "dua\n", TestContext.Current.CancellationToken);
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(entry, "tiga\n", TestContext.Current.CancellationToken);
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
        Assert.Equal(2, bursts.Count);
        Assert.All(bursts, b => Assert.Equal([entry], b.Distinct()));
    }
}
