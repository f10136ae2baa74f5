namespace Galeri.Output;

/// <summary>
/// One build at a time per output folder: an exclusive lock on <c>.galeri-cache/&lt;name&gt;.lock</c>,
/// held from before the cache is read until after it is saved. The kernel releases it when the
/// process ends in any way (kill -9 included), so a stale lock never blocks a later build. A second
/// build fails at once with <see cref="OutputBusyException"/> instead of waiting. (On Windows the
/// same comes from opening the file without sharing.)
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream stream;

    private OutputLock(FileStream stream) => this.stream = stream;

    public static OutputLock Acquire(string outputDirectory)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var path = OutputPlaces.LockFile(target);
        OutputPlaces.RemoveLinks(target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException && File.Exists(path))
        {
            throw new OutputBusyException(outputDirectory); // Windows, or a host with .NET's own file locking on
        }
        if (!LinuxCalls.TryLockExclusive(stream.SafeFileHandle))
        {
            stream.Dispose();
            throw new OutputBusyException(outputDirectory);
        }
        // Who holds it, for a person looking (cat works: it does not take the lock).
        stream.SetLength(0);
        var text = System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n");
        stream.Write(text);
        stream.Flush();
        return new OutputLock(stream);
    }

    public void Dispose() => stream.Dispose();
}
