using Galeri.Build;
using Spectre.Console;

namespace Galeri.Cli.Reporting;

/// <summary>
/// Everything <c>galeri build</c> prints, in the style and verbosity of <paramref name="settings"/>.
/// Diagnostics always go to stderr, in every mode; the summary goes to stdout.
/// </summary>
public sealed class BuildReporter(OutputSettings settings)
{
    private readonly ProgressState _state = new();

    /// <summary>Runs the build with the progress display this mode has (none, one line per phase, or live).</summary>
    public T Track<T>(Func<IProgress<BuildProgress>?, T> work)
    {
        if (settings.Rich) return LiveProgress.Run(AnsiConsole.Console, _state, () => work(_state));
        if (settings.Verbose) return work(new PhaseLog(Console.Error));
        return work(null);
    }

    public void Succeeded(BuildResult result, string output)
    {
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (settings.Quiet) return;
        if (settings.Rich)
        {
            var console = AnsiConsole.Console;
            console.WriteLine();
            console.Write(SummaryTable.For(result, settings.Verbose ? _state.Totals : null));
            console.MarkupLine("[green bold]Selesai:[/] " + Markup.Escape(SummaryLines.ShortDetail(result, output)));
            return;
        }
        PrintPhases(result.Phases);
        Console.WriteLine(SummaryLines.Finished(result, output));
    }

    public void Failed(BuildResult result, string output)
    {
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (!settings.Rich) PrintPhases(result.Phases);
        if (settings.Rich) Error.MarkupLine("[red bold]Gagal:[/] " + Markup.Escape(SummaryLines.FailedDetail(result, output)));
        else Console.Error.WriteLine(SummaryLines.Failed(result, output));
    }

    /// <summary>Plain <c>--verbose</c>: the time of each phase, on stderr.</summary>
    private void PrintPhases(IReadOnlyList<(string Phase, TimeSpan Elapsed)> phases)
    {
        if (!settings.Verbose) return;
        foreach (var line in SummaryLines.Phases(phases)) Console.Error.WriteLine(line);
    }

    private static IAnsiConsole Error => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
