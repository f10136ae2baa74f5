namespace Galeri.Cli.Reporting;

/// <summary>What <c>build</c> and <c>serve</c> print, and how: one value passed to everything that writes to the console.</summary>
public sealed record OutputSettings(OutputStyle Style, Verbosity Verbosity)
{
    public bool Quiet => Verbosity == Verbosity.Quiet;
    public bool Verbose => Verbosity == Verbosity.Verbose;

    /// <summary>Live progress and a summary table: a terminal, and not <c>--quiet</c>.</summary>
    public bool Rich => Style == OutputStyle.Rich && !Quiet;

    /// <summary>The settings for this run: the terminal decides the style, the flags the verbosity.</summary>
    public static OutputSettings For(Verbosity verbosity) => new(Terminal.Style(), verbosity);
}
