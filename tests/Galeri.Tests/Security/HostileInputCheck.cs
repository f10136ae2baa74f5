using System.Diagnostics;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Security;

/// <summary>
/// Runs <c>check</c> (parse and validate, as <c>galeri check</c> and every build do) on the mini
/// content with one file changed, and says what it reported and how long it took.
/// </summary>
public static class HostileInputCheck
{
    public const string Entry = "inovasi/siap-uji-kir-online/index.md";

    public static (IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed) Run(string relative, Func<string, string> change)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var path = Path.Combine(content, relative);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        var bag = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        SiteBuilder.Check(content, null, bag);
        return (bag.Sorted(), clock.Elapsed);
    }

    /// <summary>
    /// Exactly one error, the expected one, within a few seconds: before these bounds, such inputs
    /// ended in a stack overflow, an exception with a stack trace, or 79 s of work.
    /// </summary>
    public static void AssertSingleError(string relative, Func<string, string> change, string rule, int line)
    {
        var (diagnostics, elapsed) = Run(relative, change);
        var error = DiagnosticAssert.SingleError(diagnostics, rule);
        Assert.True(diagnostics.Count(d => d.Severity == Severity.Error) == 1, string.Join("\n", diagnostics));
        Assert.EndsWith(relative, error.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.NotEqual(error.Message("id"), error.Message("en"));
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"{rule} took {elapsed.TotalSeconds:0.0} s");
    }
}
