namespace Galeri.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content (or theme) has errors; nothing was written.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong (unknown option, missing value).</summary>
    public const int Usage = 2;

    /// <summary>Reading or writing files failed (disk full, no permission).</summary>
    public const int IoFailure = 3;

    /// <summary>
    /// A fault in galeri itself, not in the content or the machine: one line asks to report it.
    /// 70 is EX_SOFTWARE of sysexits.h, the usual code for "internal software error".
    /// </summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C or SIGTERM before finishing (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    /// <summary>
    /// The code for a run that found errors: a file that could not be read is a fault of the
    /// machine (permissions, disk), not of the content, so it gets <see cref="IoFailure"/>.
    /// </summary>
    public static int ForErrors(IEnumerable<Diagnostics.Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error && d.IsReadFailure) ? IoFailure : ContentErrors;
}
