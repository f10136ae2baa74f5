using System.Runtime.InteropServices;

namespace Galeri.Output;

/// <summary>
/// Writes the whole site into a fresh folder beside the output folder, then swaps it in. A build
/// that fails at any point before the swap leaves the previous output exactly as it was.
/// </summary>
public static class AtomicOutputWriter
{
    /// <summary>Marks a folder as made by galeri, so a rebuild may replace it. Any other non-empty folder is refused.</summary>
    public const string MarkerFile = ".galeri-output";

    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        EnsureReplaceable(target);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var directory in files.Select(f => Path.GetDirectoryName(f.Path)).Distinct())
                Directory.CreateDirectory(Path.Combine(staging, directory ?? ""));
            try
            {
                Parallel.ForEach(files, file =>
                {
                    var destination = Path.Combine(staging, file.Path);
                    if (file.Bytes is not null) WriteNew(destination, file.Bytes);
                    else File.Copy(file.CopyFrom!, destination);
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Report the first real cause (disk full, missing file) rather than the parallel wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            File.WriteAllText(Path.Combine(staging, MarkerFile), "Dibuat oleh galeri build. Folder ini diganti utuh pada setiap build.\n");
            Swap(staging, target);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>
    /// Writes a new file with as few system calls as possible (open, write, close): the staging
    /// folder is fresh, so there is nothing to truncate or share. At 10,000 pages this matters.
    /// </summary>
    private static void WriteNew(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Refuses to replace a folder that galeri did not make (e.g. --output pointing at the wrong place).</summary>
    public static void EnsureReplaceable(string target)
    {
        if (!Directory.Exists(target)) return;
        if (File.Exists(Path.Combine(target, MarkerFile))) return;
        if (!Directory.EnumerateFileSystemEntries(target).Any()) return;
        throw new OutputFolderException(target);
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        // Linux can exchange two folders in one step; elsewhere fall back to two renames.
        if (OperatingSystem.IsLinux() && RenameExchange(staging, target))
        {
            TryDelete(staging);
            return;
        }
        var old = staging + ".old";
        Directory.Move(target, old);
        Directory.Move(staging, target);
        TryDelete(old);
    }

    private static bool RenameExchange(string a, string b)
    {
        const uint exchange = 2; // RENAME_EXCHANGE
        const int atCurrentDirectory = -100; // AT_FDCWD
        try
        {
            return renameat2(atCurrentDirectory, a, atCurrentDirectory, b, exchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // No renameat2 here (old kernel, other C library): the caller falls back to two renames.
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the output itself is complete.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
