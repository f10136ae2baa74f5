using System.Diagnostics;
using System.Runtime.InteropServices;
using Spectre.Console;

namespace Galeri.Cli.Reporting;

/// <summary>
/// Rich output while a build runs: the current phase, its counts, and a bar where the phase counts
/// what it has done. It appears only once the build has taken <see cref="Delay"/>, so a quick build
/// does not flash, and it is cleared when the build ends.
/// </summary>
public static class LiveProgress
{
    /// <summary>The sample site builds in 0.5–1 s: no display at all for it; a 10,000-entry build gets one after a second.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="work"/> on a worker thread and shows <paramref name="state"/> until it ends; its exception, if any, is rethrown as it was.</summary>
    public static T Run<T>(IAnsiConsole console, ProgressState state, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var build = Task.Run(work);
        // Spectre's own check too: without an interactive terminal its progress would fall back to printing lines.
        if (console.Profile.Capabilities.Interactive && !Ended(build, Delay))
        {
            // The display hides the cursor; Ctrl+C or SIGTERM mid-build must not leave the terminal without one.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => console.Cursor.Show());
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => console.Cursor.Show());
            console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new BuildClockColumn(clock))
                .Start(context =>
                {
                    var task = context.AddTask("memulai", autoStart: true, maxValue: 1);
                    do Show(task, state);
                    while (!Ended(build, Tick));
                    task.StopTask();
                });
        }
        return build.GetAwaiter().GetResult();
    }

    private static bool Ended(Task task, TimeSpan wait) => ((IAsyncResult)task).AsyncWaitHandle.WaitOne(wait);

    private static void Show(ProgressTask task, ProgressState state)
    {
        var (progress, counting) = state.Current;
        if (progress is null) return;
        task.Description = Markup.Escape(PhaseLabels.Describe(progress.Phase, progress.Done, progress.Total, counting && progress.Total > 0));
        task.IsIndeterminate = !(counting && progress.Total > 0);
        task.MaxValue = Math.Max(1, progress.Total);
        task.Value = Math.Min(progress.Done, task.MaxValue);
    }
}
