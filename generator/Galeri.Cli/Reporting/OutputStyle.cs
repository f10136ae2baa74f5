namespace Galeri.Cli.Reporting;

/// <summary>How <c>build</c> and <c>serve</c> show their work: decided once per run by <see cref="Terminal.Style()"/>.</summary>
public enum OutputStyle
{
    /// <summary>Plain lines without ANSI codes: CI, redirected output, <c>TERM=dumb</c>, <c>NO_COLOR</c>.</summary>
    Plain,

    /// <summary>A terminal: live progress and a summary table (Spectre.Console).</summary>
    Rich,
}
