using System.Diagnostics;
using System.Globalization;
using Galeri.Output;

namespace Galeri.Build;

/// <summary>
/// Where <c>galeri serve</c> keeps rendered pages instead of memory (at 50,000 entries they are
/// about 2.5 GB): a folder of its own in the temporary folder, removed when it stops. Folders of servers
/// that were killed (no cleanup ran) are removed by the next one that starts.
/// </summary>
internal static class ServeFolder
{
    private const string Prefix = "galeri-serve-";

    internal static string Create()
    {
        RemoveLeftovers();
        return Path.Combine(Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
    }

    /// <summary>Only galeri's own names, and only when the process that made the folder is gone.</summary>
    private static void RemoveLeftovers()
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
            {
                var rest = Path.GetFileName(folder)[Prefix.Length..];
                var dash = rest.IndexOf('-', StringComparison.Ordinal);
                if (dash <= 0 || !int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid)) continue;
                SafeDelete.TryEntry(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
