using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Galeri.Tests.Integration;

/// <summary>
/// Runs <c>galeri</c> inside a pseudo-terminal 80 columns wide (util-linux <c>script</c>), so its
/// stdout and stderr are a terminal as a person's are, with CI and NO_COLOR unset unless asked.
/// </summary>
public static partial class PseudoTerminal
{
    private const string Script = "/usr/bin/script";

    /// <returns>The exit code, and everything the terminal showed (stdout and stderr together, with ANSI codes).</returns>
    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        if (!File.Exists(Script)) Assert.Skip("util-linux 'script' is needed to run galeri in a pseudo-terminal");
        var command = "stty cols 80 rows 24; exec dotnet " + string.Join(' ', new[] { GaleriProcess.Dll }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo(Script) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-q", "-e", "-c", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment.Remove("CI");
        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm-256color";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var (code, stdout, stderr) = GaleriProcess.Run(start);
        return (code, stdout + stderr);
    }

    /// <summary>The text a person reads: ANSI codes and carriage returns removed.</summary>
    public static string Strip(string output) => Escapes().Replace(output, "").Replace("\r", "");

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''") + "'";

    [GeneratedRegex(@"\u001b(\[[0-9;?]*[ -/]*[@-~]|[=>])")]
    private static partial Regex Escapes();
}
