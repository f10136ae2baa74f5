namespace Galeri.Output;

/// <summary>Another galeri build holds the output folder's lock. An I/O failure for the command line (exit 3): nothing was changed.</summary>
public sealed class OutputBusyException(string path) : IOException(
    $"build lain sedang menulis ke folder ini (\"{path}\"); tunggu sampai build itu selesai, lalu jalankan lagi")
{
    public string OutputPath { get; } = path;
}
