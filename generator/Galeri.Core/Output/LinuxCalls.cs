using System.Runtime.InteropServices;

namespace Galeri.Output;

/// <summary>System calls .NET has no API for: exchanging two folders in one step, hard links, and an flock (galeri turns .NET's own off).</summary>
internal static class LinuxCalls
{
    private const int AtCurrentDirectory = -100;

    /// <summary><c>renameat2(RENAME_EXCHANGE)</c>: both names stay valid at every moment, so a reader sees the old folder or the new one.</summary>
    /// <returns>False where the call does not exist or the file system cannot do it; the caller falls back.</returns>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        const uint exchange = 2;
        try
        {
            return renameat2(AtCurrentDirectory, a, AtCurrentDirectory, b, exchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Makes <paramref name="newPath"/> a second name of the file at <paramref name="existing"/> (never following a link).</summary>
    /// <returns>False where hard links are not possible (other platform, file system without them); the caller copies instead.</returns>
    public static bool TryHardLink(string existing, string newPath)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return link(existing, newPath) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>flock(LOCK_EX | LOCK_NB)</c> on an open file: held until the file is closed or the process
    /// ends. galeri sets System.IO.DisableFileLocking (no flock on every file it writes), so FileShare
    /// does not lock on Unix and the lock is taken here explicitly.
    /// </summary>
    /// <returns>False when another process holds it.</returns>
    public static bool TryLockExclusive(Microsoft.Win32.SafeHandles.SafeFileHandle file)
    {
        if (OperatingSystem.IsWindows()) return true; // there FileShare.None is the lock
        const int exclusive = 2, noWait = 4, wouldBlock = 11, wouldBlockBsd = 35;
        try
        {
            if (flock((int)file.DangerousGetHandle(), exclusive | noWait) == 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true; // no flock: builds are not serialised here
        }
        var error = Marshal.GetLastPInvokeError();
        if (error is wouldBlock or wouldBlockBsd) return false;
        throw new IOException($"Folder keluaran tidak dapat dikunci (errno {error}).");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int fd, int operation);

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);
}
