using System.Diagnostics;

namespace Galeri.Tests.Integration;

/// <summary>
/// Runs the built <c>galeri</c> as a separate process with its output redirected, as CI and scripts
/// do. <see cref="AsTerminal"/> sets the environment a person's terminal has (no <c>CI</c>, no
/// <c>NO_COLOR</c>, a colour <c>TERM</c>), so that only the redirection itself can make the output plain.
/// </summary>
public static class GaleriProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "galeri.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    public static ProcessStartInfo AsTerminal(this ProcessStartInfo start)
    {
        start.Environment.Remove("CI");
        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm-256color";
        return start;
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "galeri finished");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        Run(StartInfo(workingDirectory, args).AsTerminal());

    /// <summary>Every line of <paramref name="text"/>, without blank ones; leading spaces are kept.</summary>
    public static string[] Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)];
}
