using Galeri.Text;
namespace Galeri.Cli.Failures;

/// <summary>
/// An exception told to a person: what failed, the file when known, and what to do, as the one line
/// <c>galeri: &lt;what failed&gt;, &lt;file&gt;. &lt;what to do&gt;.</c>, with the exit code it ends the run with.
/// Every part is already escaped for the terminal (<see cref="TerminalText"/>).
/// </summary>
public sealed record Failure(int ExitCode, string What, string? File, string Advice)
{
    public string Line => File is null ? $"galeri: {What}. {Advice}." : $"galeri: {What}, {File}. {Advice}.";
}
