using Galeri.Diagnostics;

namespace Galeri.Tests.Support;

public static class DiagnosticAssert
{
    /// <summary>Asserts exactly one error of <paramref name="rule"/> and returns it.</summary>
    public static Diagnostic SingleError(IEnumerable<Diagnostic> diagnostics, string rule)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var matching = errors.Where(d => d.Rule == rule).ToList();
        Assert.True(matching.Count == 1,
            $"Expected one '{rule}' error, got: {string.Join(" | ", errors.Select(e => e.ToString()))}");
        return matching[0];
    }

    public static void NoErrors(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", errors));
    }
}
