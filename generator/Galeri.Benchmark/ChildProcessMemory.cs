using System.Runtime.InteropServices;

namespace Galeri.Benchmark;

/// <summary>
/// Peak resident memory of finished child processes, from getrusage(RUSAGE_CHILDREN): the largest
/// peak of any child waited for so far, so sizes are run in ascending order.
/// </summary>
public static class ChildProcessMemory
{
    private const int RusageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss; // kilobytes on Linux
        public long IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);

    /// <returns>Megabytes, or null where getrusage is not available.</returns>
    public static double? PeakMegabytes()
    {
        if (!OperatingSystem.IsLinux()) return null;
        return getrusage(RusageChildren, out var usage) == 0 ? usage.MaxRss / 1024.0 : null;
    }
}
