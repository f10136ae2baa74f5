using System.Runtime.InteropServices;

namespace Galeri.Output;

/// <summary>
/// <c>statx</c> without following links: kind, size, modification time, inode change time and inode
/// number in one system call. The change time is what makes a hand edit visible even when it keeps
/// the size and resets the modification time (only the kernel sets it). statx's layout is the same
/// on every Linux architecture; elsewhere <see cref="Available"/> is false and callers fall back.
/// </summary>
internal static class FileStatus
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint BasicStats = 0x7ff;
    private const int TypeMask = 0xF000, RegularFile = 0x8000, DirectoryType = 0x4000;

    public static bool Available { get; } = Probe();

    /// <returns>False when the name does not exist (any more).</returns>
    public static bool TryGet(string path, string relative, out OutputEntry entry)
    {
        if (statx(AtCurrentDirectory, path, AtSymlinkNoFollow, BasicStats, out var s) != 0)
        {
            entry = default;
            return false;
        }
        var kind = (s.Mode & TypeMask) switch { RegularFile => EntryKind.File, DirectoryType => EntryKind.Directory, _ => EntryKind.Other };
        entry = new OutputEntry(relative, kind, (long)s.Size, Ticks(s.MtimeSeconds, s.MtimeNanoseconds), Ticks(s.CtimeSeconds, s.CtimeNanoseconds), s.Inode);
        return true;
    }

    private static long Ticks(long seconds, uint nanoseconds) =>
        DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanoseconds / 100;

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return statx(AtCurrentDirectory, "/", AtSymlinkNoFollow, BasicStats, out _) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // glibc before 2.28, or another C library
        }
    }

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(96)] public long CtimeSeconds;
        [FieldOffset(104)] public uint CtimeNanoseconds;
        [FieldOffset(112)] public long MtimeSeconds;
        [FieldOffset(120)] public uint MtimeNanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, string pathname, int flags, uint mask, out Statx buffer);
}
