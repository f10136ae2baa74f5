namespace Galeri.Cli.Reporting;

/// <summary>How much <c>build</c> and <c>serve</c> print: <c>--quiet</c>, the default, or <c>--verbose</c>.</summary>
public enum Verbosity
{
    /// <summary>Only errors and warnings (and, in serve, the address once).</summary>
    Quiet,
    Normal,

    /// <summary>Also the time each phase took.</summary>
    Verbose,
}
