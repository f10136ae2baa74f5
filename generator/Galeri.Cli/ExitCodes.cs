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
}
