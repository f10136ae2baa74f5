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

    /// <summary>CPU seconds (user and system) of every child waited for so far: the difference around one run is its CPU time.</summary>
    public static double CpuSeconds() =>
        OperatingSystem.IsLinux() && getrusage(RusageChildren, out var usage) == 0
            ? usage.UserSeconds + usage.SystemSeconds + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1e6
            : 0;

    /// <summary>Peak resident memory so far of the running process <paramref name="pid"/> (VmHWM in /proc), in kilobytes; null where there is no /proc or it has ended.</summary>
    public static long? PeakKilobytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
        return null;
    }

    /// <returns>Megabytes, or null where getrusage is not available.</returns>
    public static double? PeakMegabytes()
    {
        if (!OperatingSystem.IsLinux()) return null;
        return getrusage(RusageChildren, out var usage) == 0 ? usage.MaxRss / 1024.0 : null;
    }
}
