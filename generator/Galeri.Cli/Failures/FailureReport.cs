using System.Reflection;
using System.Text.RegularExpressions;
using Galeri.Text;

namespace Galeri.Cli.Failures;

/// <summary>
/// Turns any exception that escaped a command into a <see cref="Failure"/>: file system faults exit
/// 3 (as the README promises for I/O), an interruption 130, and anything else is a fault in galeri
/// itself (exit 70) with a request to report it. Never a stack trace, unless asked for with
/// <c>--verbose</c> or <c>GALERI_DEBUG=1</c>.
/// </summary>
public static partial class FailureReport
{
    public const string DebugVariable = "GALERI_DEBUG";

    private const string Report =
        "Ini kesalahan di dalam galeri, bukan di konten Anda: laporkan ke pengelola galeri beserta perintah yang dijalankan (GALERI_DEBUG=1 menampilkan rinciannya)";

    /// <summary>Prints the failure's line (and the details when asked for) and returns its exit code.</summary>
    /// <param name="addendum">What the command can promise on top, e.g. that the output folder is unchanged.</param>
    public static int Print(Exception exception, bool details, TextWriter error, string addendum = "")
    {
        var failure = Describe(exception);
        error.WriteLine(failure.Line + addendum);
        if (details || WantsDetails()) error.WriteLine(TerminalText.Escape(exception.ToString()));
        return failure.ExitCode;
    }

    public static bool WantsDetails() => Environment.GetEnvironmentVariable(DebugVariable) is { Length: > 0 } value && value != "0";

    /// <param name="again">How the person tries again once it is put right: "jalankan lagi" for a command, "simpan lagi" for serve.</param>
    /// <param name="fault">What to do about a fault in galeri itself; null: report it.</param>
    public static Failure Describe(Exception exception, string again = "jalankan lagi", string? fault = null)
    {
        var e = Innermost(exception);
        var file = FileOf(e);
        return e switch
        {
            OperationCanceledException => new(ExitCodes.Interrupted, "dihentikan sebelum selesai", null, $"Bila perlu, {again}"),
            UnauthorizedAccessException => new(ExitCodes.IoFailure, "tidak punya izin membaca atau menulis", file,
                $"Periksa izin berkas atau folder itu (misalnya chmod u+rw), atau apakah itu folder padahal seharusnya berkas, lalu {again}"),
            FileNotFoundException or DirectoryNotFoundException => new(ExitCodes.IoFailure, "berkas atau folder tidak ditemukan", file,
                $"Pastikan berkas dan folder tujuannya ada dan tidak dipindah atau dihapus saat galeri berjalan, lalu {again}"),
            Output.OutputBusyException busy => new(ExitCodes.IoFailure, "build lain sedang menulis ke folder ini", TerminalText.Escape(busy.OutputPath),
                $"Tunggu sampai build itu selesai, lalu {again}"),
            PathTooLongException => new(ExitCodes.IoFailure, "nama berkas atau jalurnya terlalu panjang", file,
                $"Pendekkan nama folder atau berkas itu, lalu {again}"),
            IOException io => new(ExitCodes.IoFailure, $"gagal membaca atau menulis berkas ({Reason(io)})", file,
                $"Periksa ruang disk dan izin folder, lalu {again}"),
            _ => new(ExitCodes.InternalError, $"kesalahan internal ({TerminalText.Escape(e.GetType().Name)}: {TerminalText.Escape(e.Message)})", file, fault ?? Report),
        };
    }

    /// <summary>The exception that says what happened: parallel loops wrap it in <see cref="AggregateException"/>, reflection in <see cref="TargetInvocationException"/>.</summary>
    public static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (true)
        {
            if (e is AggregateException aggregate && aggregate.Flatten().InnerExceptions is [var first, ..]) e = first;
            else if (e is TargetInvocationException { InnerException: { } inner }) e = inner;
            else if (e is TypeInitializationException { InnerException: { } cause }) e = cause;
            else return e;
        }
    }

    /// <summary>The Indonesian name of the operating system's reason, where it is a common one (the runtime puts errno in HResult).</summary>
    private static string Reason(IOException e) => e.HResult switch
    {
        28 => "disk penuh",
        122 => "kuota disk habis",
        30 => "disk hanya bisa dibaca",
        21 => "berupa folder, padahal seharusnya berkas",
        20 => "bagian jalurnya berupa berkas, padahal seharusnya folder",
        40 => "tautan simbolik berputar",
        24 or 23 => "terlalu banyak berkas terbuka",
        5 => "kesalahan baca-tulis perangkat",
        39 => "folder tidak kosong",
        17 => "sudah ada berkas atau folder dengan nama itu",
        _ => TerminalText.Escape(QuotedPath().Replace(e.Message, "").TrimEnd(' ', ':', '.')),
    };

    /// <summary>The path in the runtime's message (<c>Could not find file '/x/y'.</c>), shown relative to the working folder when inside it.</summary>
    private static string? FileOf(Exception e)
    {
        var path = e is FileNotFoundException { FileName: { Length: > 0 } name } ? name : QuotedPath().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : null;
        if (path is null) return null;
        var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(Environment.CurrentDirectory, path) : path;
        return TerminalText.Escape(relative.StartsWith("..", StringComparison.Ordinal) ? path : relative);
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPath();
}
