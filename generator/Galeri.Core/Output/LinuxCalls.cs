using System.Runtime.InteropServices;

namespace Galeri.Output;

/// <summary>The two system calls .NET has no API for: exchanging two folders in one step, and hard links.</summary>
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

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);
}
