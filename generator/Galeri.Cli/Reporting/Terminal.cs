namespace Galeri.Cli.Reporting;

/// <summary>Decides once whether the output goes to a person at a terminal (rich) or to a log, a pipe or CI (plain).</summary>
public static class Terminal
{
    public static OutputStyle Style() =>
        Style(Environment.GetEnvironmentVariable, Console.IsOutputRedirected, Console.IsErrorRedirected);

    /// <summary>Plain when either stream is redirected, or <c>CI</c> or <c>NO_COLOR</c> is set (non-empty), or <c>TERM=dumb</c>.</summary>
    public static OutputStyle Style(Func<string, string?> environment, bool outputRedirected, bool errorRedirected)
    {
        if (outputRedirected || errorRedirected) return OutputStyle.Plain;
        if (!string.IsNullOrEmpty(environment("CI")) || !string.IsNullOrEmpty(environment("NO_COLOR"))) return OutputStyle.Plain;
        if (string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal)) return OutputStyle.Plain;
        return OutputStyle.Rich;
    }
}
