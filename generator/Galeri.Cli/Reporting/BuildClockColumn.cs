using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Galeri.Cli.Reporting;

/// <summary>The live display's clock: time since the build started (the display itself appears later, see <see cref="LiveProgress.Delay"/>).</summary>
public sealed class BuildClockColumn(Stopwatch clock) : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Markup(clock.Elapsed.ToString(@"m\:ss", CultureInfo.InvariantCulture), new Style(Color.Grey));
}
