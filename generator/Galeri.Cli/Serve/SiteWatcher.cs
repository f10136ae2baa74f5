namespace Galeri.Cli.Serve;

/// <summary>
/// Watches the content and theme folders and calls back once per burst of changes (an editor's
/// save writes several events), with the paths that changed. node_modules is ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>How long the folders must stay quiet before a burst is reported.</summary>
    private static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(20);

    /// <summary>Reported among the paths when the watcher lost events: the whole site must be looked at again.</summary>
    public const string Lost = "";

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    /// <param name="quiet">
    /// The quiet period that closes a burst; <see cref="DefaultQuiet"/> when null. Tests on a loaded
    /// machine pass a longer one, so that a test thread paused between two writes of one save does
    /// not split it.
    /// </param>
    public SiteWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> onChange, TimeSpan? quiet = null)
    {
        _quiet = quiet ?? DefaultQuiet;
        _timer = new Timer(_ =>
        {
            string[] changed;
            lock (_gate)
            {
                changed = [.. _changed];
                _changed.Clear();
            }
            if (changed.Length > 0) onChange(changed);
        });
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Record(e.FullPath);
            // Too many events at once (the buffer overflowed): some changes are unknown.
            watcher.Error += (_, _) => Record(Lost);
            watcher.Created += (_, e) => Record(e.FullPath);
            watcher.Deleted += (_, e) => Record(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Record(e.OldFullPath);
                Record(e.FullPath);
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Record(string path)
    {
        if (path.Contains($"{Path.DirectorySeparatorChar}node_modules", StringComparison.Ordinal)) return;
        lock (_gate) _changed.Add(path);
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
